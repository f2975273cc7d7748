"""The few style rules Coco's widgets need beyond ipywidgets' own.

ipywidgets cuts long labels to one line; our labels are whole sentences (a habit, a prompt, an
option), so they must wrap. Sent as a <style> element inside each answer widget: there is no
other way to reach the page's CSS from a kernel, and repeating it costs a few hundred bytes.
"""

import functools

import ipywidgets as w

WARNING_BUTTON = "#b54708"  # white text on it reads at 5.4:1 (WCAG AA asks 4.5:1)

CSS = """
.coco-answer .widget-label, .coco-answer .widget-label-basic, .coco-answer label {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  height: auto !important; line-height: 1.4 !important; }
.coco-answer .widget-radio-box label { display: flex !important; gap: .5em; margin: .25em 0;
  align-items: flex-start; }
.coco-answer .widget-radio-box input { flex: none; margin-top: .3em; order: -1; }
.coco-answer .jupyter-button { align-self: flex-start; }
.coco-answer .widget-textarea { flex-direction: column; align-items: stretch; width: 100%; }
.coco-answer .widget-textarea .widget-label, .coco-answer .widget-text .widget-label,
.coco-answer .widget-datepicker .widget-label { max-width: 48em; width: auto !important;
  text-align: left !important; margin-bottom: .3em; font-weight: 600; }
.coco-answer .widget-textarea textarea { min-height: 5em; }
.coco-answer .widget-radio .widget-label { font-weight: 600; width: auto !important; }
.coco-answer .widget-radio { flex-direction: column; }
.coco-answer mark.coco-flag { background: #fef0c7; border-bottom: 2px solid #b54708; }
.coco-answer :focus-visible { outline: 2px solid #175cd3; outline-offset: 2px; }
"""


@functools.cache
def style_tag() -> w.HTML:
    """One hidden widget per kernel; every answer widget shows the same one (a model may have
    many views), so building a clause costs one comm for styles, not one per widget."""
    return w.HTML(f"<style>{CSS}</style>", layout=w.Layout(display="none"))
