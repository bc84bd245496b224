/** Moved to the shared kit (the audit export downloads the same way); kept here for the people pages' imports. */
export { downloadBase64 } from '../../../components/download-base64';
