/** The portal's pages: public sections (ACC-13, WD-34), support (REG-13) and the administrator's editor. */
export const newsPath = '/news';
export const legalPath = '/legal';
export const softwarePath = '/software';
export const trainingPath = '/training';
export const supportPath = '/support';
export const cabinetSupportPath = '/cabinet/support';
export const editorPath = '/admin/portal';
export const ticketsPath = '/admin/support';
export const newsItemPath = (slug: string) => `/news/${slug}`;
export const editorItemPath = (id: string) => `/admin/portal/${id}`;
export const editorNewPath = (kind: string) => `/admin/portal/new/${kind}`;
