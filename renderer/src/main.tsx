import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { selectTransport } from './transport/select-transport';
import './styles/tokens.css';
import './styles/base.css';
import './components/components.css';

// The transport is chosen once, here, and never again.
const transport = selectTransport();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App transport={transport} />
    </StrictMode>,
  );
}
