"""Printed documents as PDF bytes: the Ek-1 review form and the letters to the applicant.

Pure functions from plain dataclasses to PDF bytes (reportlab, A4, DejaVu Sans embedded): no database, no Qt.
"""

from app.documents.common import format_date_long, format_date_short
from app.documents.letters import LetterData, render_letter
from app.documents.review_form import ReviewFormData, ReviewItem, render_review_form

__all__ = [
    "LetterData", "ReviewFormData", "ReviewItem", "format_date_long", "format_date_short", "render_letter",
    "render_review_form",
]
