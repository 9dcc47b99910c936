/** The entry for the Restricted Mode run: the same mocha runner over the tests in this folder. */
export { run } from '../index';
