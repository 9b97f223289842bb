"""User settings (a JSON file in the platform's config folder) and the folders the application uses.

Secrets are never stored here: the database password lives in keyring (app.storage.secrets).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from app import APP_NAME


def config_dir() -> Path:
    if env := os.environ.get("USH_CONFIG_DIR"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    if env := os.environ.get("USH_DATA_DIR"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    if env := os.environ.get("USH_DATA_DIR"):
        return Path(env) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return data_dir() / "ush-izin.db"


@dataclass
class Settings:
    # None means the embedded SQLite database in the data folder.
    db_url: str | None = None
    sqlite_path: str | None = None
    language: str = "tr"
    signing_cert_path: str | None = None
    eve_is_working_day: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        p = cls.path()
        if not p.exists():
            return cls()
        try:
            raw = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SettingsError(f"Ayar dosyası okunamadı ({p}): {exc}") from exc
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        """Write the settings file; refused (SettingsError) when the database address carries a secret."""
        if self.db_url and url_holds_secret(self.db_url):
            raise SecretInSettings("Veritabanı adresinde parola var (kullanıcı:parola@ ya da ?password=/?passfile=); "
                                "parola ayar dosyasına yazılmaz. Parolayı Ayarlar'dan girin (anahtar deposunda "
                                "tutulur).")
        p = self.path()
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(p)


class SettingsError(Exception):
    pass


class SecretInSettings(SettingsError, OSError):
    """A password was about to be written into the settings file (an OSError too: callers that tolerate an
    unwritable settings file tolerate this refusal the same way)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def url_holds_secret(url: str) -> bool:
    """Whether a database address carries a password: user:password@host, or a query key password, passfile or
    sslpassword (any case). A plain reading (no SQLAlchemy: the settings load before the database layer)."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        parts = urlsplit(url.strip())
        query = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return False
    netloc = parts.netloc.rpartition("@")
    if netloc[1] and ":" in netloc[0]:
        return True
    return any(k.lower() in ("password", "passfile", "sslpassword") for k, _v in query)


DATA_DIR_KEY = "data_dir"   # Settings.extra: the data folder chosen in Ayarlar (USH_DATA_DIR still wins)


def apply_data_dir(settings: Settings) -> None:
    """Use the data folder chosen in the settings for this process, unless USH_DATA_DIR says otherwise."""
    chosen = settings.extra.get(DATA_DIR_KEY)
    if chosen and not os.environ.get("USH_DATA_DIR"):
        os.environ["USH_DATA_DIR"] = str(chosen)
