// An ErrorBoundary that resets when the location changes (Back, a header link, a new filter).
import type { ReactNode } from 'react';
import { useAtlasStore } from '../kernel/router/url-state';
import ErrorBoundary from '../kernel/resilience/ErrorBoundary';

export default function RouteBoundary({ what, children }: { what: string; children: ReactNode }) {
  const path = useAtlasStore((s) => s.path);
  const params = useAtlasStore((s) => s.params);
  const key = `${path}?${new URLSearchParams(params).toString()}`;
  return (
    <ErrorBoundary what={what} resetKey={key}>
      {children}
    </ErrorBoundary>
  );
}
