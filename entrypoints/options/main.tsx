import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/panel.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
