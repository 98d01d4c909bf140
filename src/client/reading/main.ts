import { startLanguageSwitch } from './language.ts';

startLanguageSwitch();
