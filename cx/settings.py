"""Faro settings, read from the environment (see docs/configuration.md for every variable).

``FARO_ENV=development`` (the default) is the embedded setup of ``make run``: DEBUG on, a SQLite
file, an insecure development key. ``FARO_ENV=production`` turns DEBUG off, demands a real
``SECRET_KEY`` and ``ALLOWED_HOSTS`` and switches on HTTPS-only cookies, HSTS and the redirect.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from cx.env import env_bool, env_float, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

FARO_ENV = env_str("FARO_ENV", "development")
if FARO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(f"FARO_ENV must be 'development' or 'production', got {FARO_ENV!r}")
PRODUCTION = FARO_ENV == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)
SECRET_KEY = env_secret("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY (or SECRET_KEY_FILE) is required in production")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is required in production")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework_api_key",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_q",
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    "cx",
    "cases",
    "sentiment",
    "surveys",
    "followups",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cx.middleware.ApiBodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    "cx.middleware.PageTimeZoneMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cx.urls"
WSGI_APPLICATION = "cx.wsgi.application"
ASGI_APPLICATION = "cx.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
# DATABASE_URL selects PostgreSQL (postgres://user:pass@host:5432/name); unset means a SQLite file.
SQLITE_PATH = Path(env_str("SQLITE_PATH", str(BASE_DIR / "faro.sqlite3")))
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{SQLITE_PATH}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        # A health check pings before every request's first query; without it a connection the
        # server dropped fails one request, then Django replaces it.
        conn_health_checks=env_bool("DB_CONN_HEALTH_CHECKS", False),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Server-side cursors cost three round trips for a handful of rows (Django uses them for
    # .iterator(), as form choice fields do), and they break behind a transaction pooler.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer overlap; IMMEDIATE takes the write lock at BEGIN so a
    # read-then-write transaction waits for its turn instead of failing with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth ---------------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out username + address is refused before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/cases/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

# Guessing passwords: after AXES_FAILURE_LIMIT wrong passwords for one username from one address,
# that pair is locked out for AXES_COOLOFF_MINUTES (the admin login included). Locking the
# username alone would let anyone lock an agent out of work.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

# --- Languages ----------------------------------------------------------------------------------
LANGUAGE_CODE = "es"
LANGUAGES = [("es", _("Spanish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Stored and served (API) in UTC; pages show times in the agent's and the customer's own zone.
TIME_ZONE = env_str("TIME_ZONE", "UTC")
# The zone the agents' pages show times in (the customer's own local time is shown beside it).
FARO_PAGES_TIME_ZONE = env_str("FARO_PAGES_TIME_ZONE", "Europe/Madrid")

# --- Static files -------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Outside production, serve static files straight from the apps (no collectstatic needed).
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Security -----------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "cx.views.csrf_failure"
# Only our own files run: no inline script, no inline style, no third-party origin. htmx is told
# (in base.html) not to inject its indicator style and not to evaluate attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # The header only allows submission to the browsers' preload list; submitting is manual.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# --- Request limits -----------------------------------------------------------------------------
# The whole API body, and the text of one interaction (a long call transcript fits in 64 KB).
FARO_MAX_REQUEST_BYTES = env_int("FARO_MAX_REQUEST_BYTES", 256 * 1024)
FARO_MAX_TEXT_CHARS = env_int("FARO_MAX_TEXT_CHARS", 64 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = FARO_MAX_REQUEST_BYTES

# --- Cases --------------------------------------------------------------------------------------
# The team that receives cases opened by the API when the request names none (its slug).
FARO_DEFAULT_TEAM = env_str("FARO_DEFAULT_TEAM", "")
# A message within this many days of a case's resolution reopens it instead of opening a new one.
FARO_REOPEN_WINDOW_DAYS = env_int("FARO_REOPEN_WINDOW_DAYS", 7)
# National phone numbers (without +country) are read as numbers of this region (ISO 3166 code).
FARO_PHONE_REGION = env_str("FARO_PHONE_REGION", "ES")

# --- Sentiment ----------------------------------------------------------------------------------
# The tone watch (sentiment/tone.py): the weight of the newest message in the case's smoothed
# tone, the tone at or below which it turns negative (an alert), the tone above which it is calm
# again, the one-message fall that is a turn by itself, and the first message's score at or below
# which a case opens upset (milder openings describe the problem and leave the watch calm).
FARO_TONE_ALPHA = env_float("FARO_TONE_ALPHA", 0.8)
FARO_TONE_ENTER = env_float("FARO_TONE_ENTER", -0.35)
FARO_TONE_LEAVE = env_float("FARO_TONE_LEAVE", 0.1)
FARO_TONE_DROP = env_float("FARO_TONE_DROP", 0.7)
FARO_TONE_OPENING = env_float("FARO_TONE_OPENING", -0.6)

# --- API ----------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "cx.api_auth.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["cx.api_auth.IsStaffOrIntegration"],
    "DEFAULT_PARSER_CLASSES": ["cx.parsers.StrictJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cx.api_errors.api_exception_handler",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.CursorPagination",
    "PAGE_SIZE": 50,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Faro API",
    "DESCRIPTION": (
        "Ingestion and case API of Faro. Machines authenticate with "
        "`Authorization: Api-Key <key>`; the web uses the session."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

# --- Background work (django-q2) ----------------------------------------------------------------
Q_CLUSTER = {
    "name": "faro",
    "orm": "default",
    "workers": env_int("Q_WORKERS", 2),
    "timeout": env_int("Q_TIMEOUT", 60),
    "retry": env_int("Q_RETRY", 120),
    "catch_up": False,
    "save_limit": 1000,
    "poll": 1,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # django-axes logs every login at INFO; failures and lockouts are WARNING.
        "axes": {"level": env_str("AXES_LOG_LEVEL", "WARNING")},
    },
}
