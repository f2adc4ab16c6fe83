import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { parseEnv, type WebEnv } from './app/env';
import { Providers, createAppClient } from './app/providers';
import { AppRoutes } from './app/router';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

let env: WebEnv;
try {
  env = parseEnv(import.meta.env);
} catch (error) {
  // Fail loudly: on the page and in the console, naming the variable.
  container.textContent = `Ensemble cannot start: ${(error as Error).message}`;
  throw error;
}

createRoot(container).render(
  <StrictMode>
    <Providers client={createAppClient(env)}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);
