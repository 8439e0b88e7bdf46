// The entry: styles (render-blocking, so the first paint is styled) and a boot that waits for the
// browser to paint index.html's own text before the app's JavaScript is evaluated. Evaluating and
// rendering React is the longest task of a cold load; run first, it kept the page blank until it
// ended (Lighthouse mobile: first paint 2.7 s on the map). No React here: the entry stays tiny.
import './styles.css';
import './print/print.css';
import './present.css';
import './themes.css';
import { bootAfterPaint } from './boot-after-paint';

bootAfterPaint(() => import('./boot'));
