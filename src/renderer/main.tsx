import { createRoot } from 'react-dom/client';
import { VaultGate } from './vault/VaultGate';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

// Ask the browser not to evict our data under storage pressure (web mode); Electron ignores it.
void navigator.storage?.persist?.().catch(() => undefined);

root.render(<VaultGate />);
