"""The KTS desk's rules (SBSGM): USBS producers, their onboarding, the active / passive / deleted lists and the KTS Yetki Belgesi."""
