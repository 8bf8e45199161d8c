"""Sample-building kit: the source format of a sample, its renderers, and its gold.

A sample is a Python module under ``samples/sources/`` that defines

* ``SAMPLE``: the report itself, as data (header, title, body in a small line markup,
  closing, signature) plus its layout options and target format;
* ``GOLD``: the hand-written part of the reference record (plan, factors, key messages,
  channels, figures, assessment, recommendations), with evidence given as snippets.

``markup.parse`` turns the body into blocks, ``docx_render.render`` lays the blocks out as a
.docx in one of several layouts, ``convert`` derives .pdf/.doc/.odt/scanned PDF from it and
``gold.build_gold`` derives ``document`` and ``sections`` from the same blocks and expands the
hand-written part into the RECORD.md format.
"""
