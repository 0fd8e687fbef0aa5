import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyStoredAppearance } from './app/appearance';
import { registerServiceWorker } from './app/serviceWorker';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/checkin.css';

// As soon as the app runs, so a discreet title and icon replace the page's defaults at once.
applyStoredAppearance();
registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
