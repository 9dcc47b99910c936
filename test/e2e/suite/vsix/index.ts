/** The entry for the packaged-extension run: the same mocha runner over the tests in this folder. */
export { run } from '../index';
