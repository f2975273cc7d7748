/* Coco's slides: start reveal.js (our vendored copy) and keep its keys away from the answers.
 *
 * The trap (notes/jupyter-stack.md): after a click on a radio button the focus stays in it,
 * reveal.js ignores keys while an <input> has the focus, and the browser's own handling of
 * ArrowRight/ArrowDown in a radio group then moves the CHOICE instead of the slide. So a
 * checkbox or radio button on a slide gives the focus back as soon as it changes, and an arrow
 * key pressed while one has the focus (reached with Tab) moves the slide, never the choice.
 * Text areas keep their keys: reveal.js leaves them alone, so typing never turns a slide.
 */
(function () {
  'use strict';

  var settings = JSON.parse(document.getElementById('coco-reveal-settings').textContent);
  var ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

  function isChoice(element) {
    return !!element && element.tagName === 'INPUT' &&
      (element.type === 'radio' || element.type === 'checkbox') &&
      !!element.closest('.reveal .slides');
  }

  // Capture phase: this runs before the widget's own handlers and before reveal.js's.
  document.addEventListener('change', function (event) {
    if (isChoice(event.target)) {
      event.target.blur();
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (isChoice(document.activeElement) && ARROWS.indexOf(event.key) !== -1) {
      event.preventDefault();  // the browser would move the radio choice
      document.activeElement.blur();  // reveal.js, listening later, now turns the slide
    }
  }, true);

  Reveal.initialize({
    controls: true,
    progress: true,
    history: true,
    center: false,  // widgets grow after the layout is computed: anchor slides at the top
    transition: settings.transition,
    slideNumber: settings.slideNumber,
    width: settings.width,
    height: settings.height,
    plugins: [RevealNotes]  // "S" opens the speaker view with the facilitator's notes
  });
})();
