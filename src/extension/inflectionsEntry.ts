// Entry of dist/inflections.js: compromise and the inflection deriver, loaded on demand only.
export { deriveInflections } from '../core/inflect/compromiseInflections';
