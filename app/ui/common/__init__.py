"""What every desk's screens share: the operation wrapper, messages, formats, colours, form errors,
tables and the PDF viewer. Neutral: no desk's rules live here, and it imports no desk."""
