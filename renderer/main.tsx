// Base styles first, so feature stylesheets (imported by their components) come after and win.
import './ui/theme.css';
import './ui/components.css';
import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// zod probes `new Function` for its fast path; the CSP forbids eval, so tell it not to try.
z.config({ jitless: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
