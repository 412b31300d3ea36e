import { expect } from '@open-wc/testing';
import { afterRemoval, itemId, parseFieldPath, pathShape, topId } from '../../src/model/field-path.js';

/** Path ids (decision 0025): a question, an item question, and a question in an item of a repeat in an item. */
describe('field paths', () => {
  it('reads a question, an item question and a question two repeats deep', () => {
    expect(parseFieldPath('vorname')).to.deep.equal({ top: 'vorname', items: [] });
    expect(parseFieldPath('hunde.1.name')).to.deep.equal({ top: 'hunde', items: [{ index: 1, field: 'name' }] });
    expect(parseFieldPath('kinder.0.schulen.12.name')).to.deep.equal({
      top: 'kinder',
      items: [
        { index: 0, field: 'schulen' },
        { index: 12, field: 'name' },
      ],
    });
  });

  it('refuses text that is no path: empty parts, a missing or non-numeric index, a third level', () => {
    for (const id of ['', '.a', 'hunde.1', 'hunde.x.name', 'hunde.1.', 'kinder.0.schulen.a.name', 'a.0.b.0.c.0.d']) {
      expect(parseFieldPath(id), id).to.equal(undefined);
    }
  });

  it('writes item paths, with a repeat\'s own path for the inner level', () => {
    expect(itemId('hunde', 1, 'name')).to.equal('hunde.1.name');
    expect(itemId(itemId('kinder', 0, 'schulen'), 1, 'name')).to.equal('kinder.0.schulen.1.name');
    expect(topId('kinder.0.schulen.1.name')).to.equal('kinder');
    expect(pathShape('kinder.0.schulen.1.name')).to.equal('kinder.schulen.name');
  });

  it('renumbers paths after an item is removed: later items move up, the removed one is gone, others stay', () => {
    const removeSecondSchool = (id: string) => afterRemoval(id, 'kinder.0.schulen', 1);
    expect(removeSecondSchool('kinder.0.schulen.0.name')).to.equal('kinder.0.schulen.0.name');
    expect(removeSecondSchool('kinder.0.schulen.1.name')).to.equal(undefined);
    expect(removeSecondSchool('kinder.0.schulen.2.name')).to.equal('kinder.0.schulen.1.name');
    expect(removeSecondSchool('kinder.1.schulen.2.name')).to.equal('kinder.1.schulen.2.name');
    expect(removeSecondSchool('kinder.0.schulen')).to.equal('kinder.0.schulen');
    expect(afterRemoval('kinder.2.schulen.0.name', 'kinder', 0)).to.equal('kinder.1.schulen.0.name');
    expect(afterRemoval('kinderwagen.2.x', 'kinder', 0)).to.equal('kinderwagen.2.x');
  });
});
