"""The KTS desk (SBSGM): USBS vendors, their onboarding and lists, the KTS Yetki Belgesi, and Yetki Sorgulama."""

from app.ui.kts.check_screen import YetkiSorgulama
from app.ui.kts.desk import KtsDesk
from app.ui.kts.notices import KtsNotices

__all__ = ["KtsDesk", "KtsNotices", "YetkiSorgulama"]
