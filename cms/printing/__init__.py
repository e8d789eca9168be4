"""Printable copies of what readers see: a page as a ``PrintDocument``
(document.py), its rich text flattened to paragraphs, headings and lists
(richtext.py), its photos read from their JPEG renditions (images.py), and
the A4 PDF made from it with fpdf2 and the DejaVu Sans fonts kept in fonts/
(pdf.py). Knows no content type: the API builds the document from its own
detail answer (api/printing.py), so any page the API details can be saved."""
