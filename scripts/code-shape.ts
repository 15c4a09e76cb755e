/**
 * `npm run code:shape`: prints the shape of src/ that test/architecture/code-shape.test.ts checks
 * (type assertions, long functions and files, import cycles between folders). Run from the
 * repository root.
 */
import { shapeReport } from '../test/architecture/code-shape';

console.log(shapeReport());
