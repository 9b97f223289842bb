"""The KTS desk (SBSGM): USBS vendors, their onboarding and lists, the KTS Yetki Belgesi, and Yetki Sorgulama."""

from app.ui.kts.check_screen import YetkiSorgulama
from app.ui.kts.desk import KtsDesk

__all__ = ["KtsDesk", "YetkiSorgulama"]
