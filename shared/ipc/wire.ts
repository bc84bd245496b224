/**
 * The browser-preview wire protocol (the same calls as `window.care`, over HTTP):
 *
 *   POST /api/<channel>
 *   Content-Type: application/json
 *   X-Care-Token: <token from the page URL's ?token=>
 *   body: {"arg": <argument>}          (omit "arg" for channels without one)
 *   → 200 with a Result JSON: {"ok":true,"value":…} | {"ok":false,"error":{code,message,fields?}}
 *   → 403 wrong/missing token, foreign Origin, or unexpected Host; 404 unknown path;
 *     405 not POST; 413 body too large; 400 body not JSON.
 */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'X-Care-Token';
export const TOKEN_QUERY = 'token';
/** Largest request body accepted by the preview server: room for a 2 MB photo in base64. */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;
