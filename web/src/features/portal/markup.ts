/** The portal's text markup: the server's own parser, so the page shows exactly what the feed prints (a plain file with no server dependencies). */
export { type Inline, parseMarkup } from '@shekara/contracts/portal';
