import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import App from './App';
import './styles.css';

// Each file is validated once per page load: zod's compiled fast path costs more to generate
// (new Function per object schema) than it saves on a single parse of a document.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
