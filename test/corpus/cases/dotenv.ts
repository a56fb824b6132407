// .env files and their relatives: .env.example templates, direnv, shell profiles, npm/pip config.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file(".env")`
    # Django
    DJANGO_DEBUG=False
    DJANGO_SECRET_KEY={{rand:50:django}}  «django-secret-key»
    DJANGO_ALLOWED_HOSTS=example.com,www.example.com
    DATABASE_URL=postgres://app:{{rand:24:alnum}}@db.internal:5432/app  «postgres-url-password»
    REDIS_URL=redis://localhost:6379/0

    # Mail
    EMAIL_HOST=smtp.sendgrid.net
    EMAIL_HOST_USER=apikey
    EMAIL_HOST_PASSWORD=SG.{{rand:22:base64url}}.{{rand:43:base64url}}  «sendgrid-api-key»

    # Payments
    STRIPE_PUBLISHABLE_KEY=pk_live_{{rand:24:alnum}}
    STRIPE_SECRET_KEY=sk_live_{{rand:24:alnum}}  «stripe-secret-key»
    STRIPE_WEBHOOK_SECRET=whsec_{{rand:32:alnum}}  «webhook-signing-secret»
  `,

  file(".env.local")`
    NEXT_PUBLIC_API_URL=http://localhost:4000
    NEXT_PUBLIC_SITE_NAME="Acme Store"
    NEXTAUTH_URL=http://localhost:3000
    NEXTAUTH_SECRET={{rand:43:base64}}=  «»
    GITHUB_ID={{rand:20:loweralnum}}
    GITHUB_SECRET={{rand:40:hex}}  «»
    OPENAI_API_KEY=sk-proj-{{rand:48:base64url}}T3BlbkFJ{{rand:48:base64url}}  «openai-api-key»
  `,

  file("server/.env")`
    PORT=8080
    NODE_ENV=production
    MONGODB_URI=mongodb+srv://admin:{{rand:16:alnum}}@cluster0.{{rand:5:loweralnum}}.mongodb.net/shop?retryWrites=true&w=majority  «mongodb-url-password»
    JWT_SECRET={{rand:64:hex}}  «»
    JWT_EXPIRES_IN=7d
    CLOUDINARY_CLOUD_NAME=acme-media
    CLOUDINARY_API_KEY={{rand:15:digit}}
    CLOUDINARY_API_SECRET={{rand:27:base64url}}  «»
    SESSION_SECRET="{{rand:8:lower}}-{{rand:6:alnum}}-{{rand:10:alnum}}"  «»
  `,

  file("laravel/.env")`
    APP_NAME=Laravel
    APP_ENV=local
    APP_KEY=base64:{{rand:43:base64}}=  «laravel-app-key»
    APP_DEBUG=true
    APP_URL=http://localhost

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=laravel
    DB_USERNAME=root
    DB_PASSWORD=

    MAIL_MAILER=smtp
    MAIL_HOST=smtp.mailtrap.io
    MAIL_PORT=2525
    MAIL_USERNAME={{rand:14:hex}}
    MAIL_PASSWORD={{rand:14:hex}}  «»
    PUSHER_APP_ID={{rand:7:digit}}
    PUSHER_APP_KEY={{rand:20:hex}}
    PUSHER_APP_SECRET={{rand:20:hex}}  «»
  `,

  file(".env.example")`
    # Copy this file to .env and fill in the values
    DJANGO_SECRET_KEY=
    DJANGO_DEBUG=True
    DATABASE_URL=postgres://user:password@localhost:5432/dbname
    REDIS_URL=redis://localhost:6379
    STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    STRIPE_WEBHOOK_SECRET=whsec_...
    OPENAI_API_KEY=your-openai-api-key
    AWS_ACCESS_KEY_ID=<your-access-key-id>
    AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
    SENDGRID_API_KEY=SG.xxxxxxxx
    SECRET_KEY=changeme
    JWT_SECRET=replace-with-a-long-random-string
    GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
    ADMIN_PASSWORD=********
  `,

  file(".env.sample")`
    API_BASE_URL=https://api.example.com
    API_TOKEN=YOUR_API_TOKEN
    DB_PASSWORD=YOUR_DB_PASSWORD_HERE
    SLACK_BOT_TOKEN=xoxb-your-bot-token
    SECRET_KEY_LENGTH=50
    TOKEN_TTL_SECONDS=3600
    PASSWORD_MIN_LENGTH=12
  `,

  file(".env.test")`
    DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test
    JWT_SECRET=test-jwt-secret
    STRIPE_SECRET_KEY=sk_test_dummy
    API_KEY=test
  `,

  file(".envrc")`
    export AWS_PROFILE=acme-dev
    export AWS_REGION=eu-west-1
    export VAULT_ADDR=https://vault.acme.internal:8200
    export VAULT_TOKEN=hvs.{{rand:90:alnum}}  «vault-token»
    export KUBECONFIG="$PWD/.kube/config"
    dotenv_if_exists .env.local
  `,

  file("scripts/deploy.sh")`
    #!/usr/bin/env bash
    set -euo pipefail

    export GITHUB_TOKEN=ghp_{{rand:36:alnum}}  «github-pat»
    export DOCKER_PASSWORD="$(cat /run/secrets/docker_password)"
    echo "$DOCKER_PASSWORD" | docker login -u acmebot --password-stdin
    curl -s -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/repos/acme/web/releases/latest
    curl -s -u deploy:{{rand:20:alnum}} https://ci.acme.internal/job/web/buildWithParameters  «»
    mysql -h db.acme.internal -u root -p{{rand:14:alnum}} app < schema.sql  «»
  `,

  file("home/.bashrc")`
    alias ll='ls -alF'
    export PATH="$HOME/.local/bin:$PATH"
    export EDITOR=vim
    export HOMEBREW_GITHUB_API_TOKEN={{rand:40:hex}}  «»
    export OPENAI_API_KEY="sk-{{rand:20:alnum}}T3BlbkFJ{{rand:20:alnum}}"  «openai-api-key»
    export HISTCONTROL=ignoreboth
  `,

  file(".npmrc")`
    registry=https://registry.npmjs.org/
    @acme:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=ghp_{{rand:36:alnum}}  «github-pat»
    //registry.npmjs.org/:_authToken=npm_{{rand:36:alnum}}  «npm-access-token»
    save-exact=true
  `,

  file("ci/.npmrc")`
    //registry.npmjs.org/:_authToken=\${NPM_TOKEN}
    always-auth=true
    engine-strict=true
  `,

  file("pip.conf")`
    [global]
    index-url = https://__token__:{{rand:40:alnum}}@pypi.acme.internal/simple/  «http-url-credentials»
    timeout = 60
    trusted-host = pypi.acme.internal
  `,

  file(".pypirc")`
    [distutils]
    index-servers =
        pypi

    [pypi]
    username = __token__
    password = pypi-AgEIcHlwaS5vcmc{{rand:60:base64url}}  «pypi-upload-token»
  `,

  file(".netrc")`
    machine api.heroku.com
      login ops@acme.io
      password {{rand:8:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:12:hex}}  «netrc-password»
    machine github.com
      login acme-bot
      password ghp_{{rand:36:alnum}}  «github-pat»
  `,

  file(".docker/config.json")`
    {
      "auths": {
        "https://index.docker.io/v1/": {
          "auth": "{{rand:40:base64}}"  «docker-config-auth»
        }
      },
      "credsStore": "desktop"
    }
  `,

  file("config/database.yml")`
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: shop_development

    production:
      <<: *default
      database: shop_production
      username: shop
      password: <%= ENV["SHOP_DATABASE_PASSWORD"] %>
  `,

  file("config/secrets.yml")`
    development:
      secret_key_base: {{rand:128:hex}}  «»

    test:
      secret_key_base: {{rand:128:hex}}  «»

    production:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  `,

  file(".env.staging")`
    ADMIN_PASSWORD={{rand:6:lower}}{{rand:2:digit}}!{{rand:3:upper}}  «»
    SMTP_PASSWORD={{rand:6:lower}}-{{rand:5:lower}}-{{rand:7:lower}}-{{rand:6:lower}}  «»
    WEBHOOK_SHARED_SECRET={{rand:32:alnum}}  «»
    PAGERDUTY_TOKEN={{rand:20:base64url}}  «»
    SERVICE_ACCOUNT_TOKEN={{rand:40:alnum}}  «»
    NEXT_PAGE_SIZE=50
    ADMIN_EMAIL=ops@acme.io
    PASSWORD_RESET_TIMEOUT=3600
    TOKEN_AUDIENCE=https://api.acme.io
  `,
];
