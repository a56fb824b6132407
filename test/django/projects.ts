// Real Django project shapes, written to temp dirs: a fresh startproject (made by Django itself
// where it is installed), cookiecutter-django's split settings with django-environ, a decouple
// project, a production module that sets everything right, `if not DEBUG:` blocks.
// Keys are built at runtime (test/support/fake.ts): nothing here looks like a real secret.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { randomString } from "../support/fake.js";
import { tempDir, writeFiles } from "../support/tmp.js";

/** A Python that imports Django (Debian's python3-django is for /usr/bin/python3), or undefined. */
export const PYTHON: string | undefined = ["/usr/bin/python3", "python3"].find(
  (p) => spawnSync(p, ["-c", "import django"], { encoding: "utf8" }).status === 0,
);

/** Whether that Python also imports a module (environ, decouple). */
export function pythonHas(module: string): boolean {
  return PYTHON !== undefined && spawnSync(PYTHON, ["-c", `import ${module}`]).status === 0;
}

/** A strong key (60 characters of Django's alphabet), as production should have. */
export function strongKey(): string {
  return randomString(60, "django");
}

/** The key startproject writes: django-insecure- and 50 characters. */
export function insecureKey(): string {
  return ["django", "insecure", randomString(50, "django")].join("-");
}

const MIDDLEWARE = `MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]`;

const APPS = `INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
]`;

const TEMPLATES = `TEMPLATES = [
    {
        'BACKEND': 'django.template.backends.django.DjangoTemplates',
        'DIRS': [],
        'APP_DIRS': True,
        'OPTIONS': {
            'context_processors': [
                'django.template.context_processors.debug',
                'django.template.context_processors.request',
                'django.contrib.auth.context_processors.auth',
                'django.contrib.messages.context_processors.messages',
            ],
        },
    },
]`;

function manage(module: string): string {
  return `#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', '${module}')
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)


if __name__ == '__main__':
    main()
`;
}

function wsgi(module: string): string {
  return `import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "${module}")

application = get_wsgi_application()
`;
}

function urls(adminPath: string): string {
  return `from django.contrib import admin
from django.urls import path

urlpatterns = [
    path(${adminPath}, admin.site.urls),
]
`;
}

/**
 * `django-admin startproject mysite`: by Django itself when a Python with Django is installed,
 * else the same files as Django 3.2 writes them. Returns the project directory.
 */
export function startproject(): string {
  const dir = tempDir("leakproof-django-");
  if (PYTHON) {
    const r = spawnSync(PYTHON, ["-m", "django", "startproject", "mysite", dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`startproject failed: ${r.stderr}`);
  } else {
    writeFiles(dir, {
      "manage.py": manage("mysite.settings"),
      "mysite/__init__.py": "",
      "mysite/wsgi.py": wsgi("mysite.settings"),
      "mysite/asgi.py": wsgi("mysite.settings").replace(/wsgi/g, "asgi").replace(/WSGI/g, "ASGI"),
      "mysite/urls.py": urls("'admin/'"),
      "mysite/settings.py": `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '${insecureKey()}'

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = True

ALLOWED_HOSTS = []

${APPS}

${MIDDLEWARE}

ROOT_URLCONF = 'mysite.urls'

${TEMPLATES}

WSGI_APPLICATION = 'mysite.wsgi.application'

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}

STATIC_URL = '/static/'
DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
`,
    });
  }
  writeFiles(dir, { "requirements.txt": "Django==3.2.25\n" });
  return dir;
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

/** cookiecutter-django's layout: config/settings/{base,local,production,test}.py with django-environ. */
export function cookiecutter(opts: { debugDefault?: "True" | "False"; production?: string } = {}): string {
  const dir = tempDir("leakproof-django-");
  writeFiles(dir, {
    "manage.py": manage("config.settings.local"),
    "config/__init__.py": "",
    "config/wsgi.py": wsgi("config.settings.production"),
    "config/urls.py": `from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    # Django Admin, use {% url 'admin:index' %}
    path(settings.ADMIN_URL, admin.site.urls),
]
`,
    "config/settings/__init__.py": "",
    "config/settings/base.py": `"""Base settings to build other settings files upon."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve(strict=True).parent.parent.parent
env = environ.Env()

READ_DOT_ENV_FILE = env.bool("DJANGO_READ_DOT_ENV_FILE", default=False)
if READ_DOT_ENV_FILE:
    env.read_env(str(BASE_DIR / ".env"))

# GENERAL
DEBUG = env.bool("DJANGO_DEBUG", ${opts.debugDefault ?? "False"})
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
USE_TZ = True

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.admin",
]
THIRD_PARTY_APPS = []
LOCAL_APPS = []
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

${TEMPLATES}

# SECURITY
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# ADMIN
ADMIN_URL = "admin/"
`,
    "config/settings/local.py": `from .base import *  # noqa
from .base import env

DEBUG = True
SECRET_KEY = env(
    "DJANGO_SECRET_KEY",
    default="${insecureKey()}",
)
ALLOWED_HOSTS = ["localhost", "0.0.0.0", "127.0.0.1"]
`,
    "config/settings/test.py": `from .base import *  # noqa
from .base import env

SECRET_KEY = env("DJANGO_SECRET_KEY", default="${randomString(20, "alnum")}")
TEST_RUNNER = "django.test.runner.DiscoverRunner"
`,
    "config/settings/production.py":
      opts.production ??
      `from .base import *  # noqa
from .base import env

# GENERAL
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["example.com"])

# SECURITY
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# TODO: set this to 60 seconds first and then to 518400 once you prove the former works
SECURE_HSTS_SECONDS = 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = env.bool(
    "DJANGO_SECURE_CONTENT_TYPE_NOSNIFF", default=True
)

# ADMIN
ADMIN_URL = env("DJANGO_ADMIN_URL")
`,
    "requirements/base.txt": "django==3.2.25  # pyup: < 4.0\ndjango-environ==0.9.0\n",
    "requirements/production.txt": "-r base.txt\ngunicorn==20.1.0\n",
    Procfile: "web: gunicorn config.wsgi:application\n",
  });
  return dir;
}

/** A single settings.py reading the environment with python-decouple. */
export function decouple(): string {
  const dir = tempDir("leakproof-django-");
  writeFiles(dir, {
    "manage.py": manage("shop.settings"),
    "shop/__init__.py": "",
    "shop/wsgi.py": wsgi("shop.settings"),
    "shop/urls.py": urls('"backstage/"'),
    "shop/settings.py": `from decouple import config, Csv

SECRET_KEY = config("SECRET_KEY")
DEBUG = config("DEBUG", default=True, cast=bool)
ALLOWED_HOSTS = config("ALLOWED_HOSTS", default="", cast=Csv())

${APPS}

${MIDDLEWARE}

ROOT_URLCONF = "shop.urls"
${TEMPLATES}

SESSION_COOKIE_SECURE = config("SESSION_COOKIE_SECURE", default=False, cast=bool)
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = config("SECURE_HSTS_SECONDS", default=3600, cast=int)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
`,
    "requirements.txt": "Django>=3.2,<4.0\npython-decouple==3.6\n",
  });
  return dir;
}

/** Split settings with os.environ, whose production module sets everything right. */
export function allRight(): string {
  const dir = tempDir("leakproof-django-");
  writeFiles(dir, {
    "manage.py": manage("site_cfg.settings.dev"),
    "site_cfg/__init__.py": "",
    "site_cfg/wsgi.py": wsgi("site_cfg.settings.prod"),
    "site_cfg/urls.py": urls('os.environ.get("ADMIN_PATH", "control-7f3a/")').replace(
      "from django.contrib",
      "import os\nfrom django.contrib",
    ),
    "site_cfg/settings/__init__.py": "",
    "site_cfg/settings/base.py": `import os

DEBUG = False
ALLOWED_HOSTS = []
${APPS}
${MIDDLEWARE}
ROOT_URLCONF = "site_cfg.urls"
${TEMPLATES}
`,
    "site_cfg/settings/dev.py": `from .base import *

DEBUG = True
SECRET_KEY = "${insecureKey()}"
`,
    "site_cfg/settings/prod.py": `from .base import *  # noqa: F401,F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "False") == "True"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "example.com").split(",")

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 2_592_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
`,
    "requirements.txt": "django==3.2.25\n",
    Dockerfile:
      "FROM python:3.11-slim\nENV DJANGO_SETTINGS_MODULE=site_cfg.settings.prod\nCMD gunicorn site_cfg.wsgi\n",
  });
  return dir;
}

/** One settings.py whose production settings live in `if not DEBUG:` blocks. */
export function ifNotDebug(extra = ""): string {
  const dir = tempDir("leakproof-django-");
  writeFiles(dir, {
    "manage.py": manage("blog.settings"),
    "blog/__init__.py": "",
    "blog/wsgi.py": wsgi("blog.settings"),
    "blog/urls.py": urls('"editor/"'),
    "blog/settings.py": `import os

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "${strongKey()}")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["blog.example.com"]
if DEBUG:
    ALLOWED_HOSTS += ["localhost", "127.0.0.1"]

${APPS}

${MIDDLEWARE}

ROOT_URLCONF = "blog.urls"
${TEMPLATES}

if not DEBUG:
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
${extra}`,
    "requirements.txt": "django==3.2.25\n",
  });
  return dir;
}
