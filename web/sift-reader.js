// sift-reader.js — registers <sift-reader> (the class is in sift-reader-element.mjs).
//
//   <script type="module" src="/path/to/sift-reader/sift-reader.js"></script>
//   <sift-reader show-outline show-summary></sift-reader>
//
// Safe to load twice, or next to another copy: an existing definition wins.
import { SiftReaderElement } from './sift-reader-element.mjs';

if (!customElements.get('sift-reader')) {
  try {
    customElements.define('sift-reader', SiftReaderElement);
  } catch (error) {
    // Lost a race with another copy defining the same name: that one is used.
    if (!customElements.get('sift-reader')) throw error;
  }
}

export { SiftReaderElement };
export default SiftReaderElement;
