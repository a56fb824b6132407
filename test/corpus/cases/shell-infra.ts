// Operations: command lines (docker, kubectl, helm, database clients), Makefiles, systemd units,
// Ansible, SQL scripts, PaaS manifests, committed logs.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file("scripts/bootstrap.sh")`
    #!/usr/bin/env bash
    set -euo pipefail
    docker run -d --name db -e POSTGRES_PASSWORD={{rand:20:alnum}} -p 5432:5432 postgres:16  «»
    docker run -d --name cache -e REDIS_PASSWORD="$REDIS_PASSWORD" redis:7
    kubectl create secret generic db-credentials --from-literal=password={{rand:16:alnum}} -n prod  «»
    kubectl create secret generic api --from-literal=token="$(openssl rand -hex 32)"
    helm upgrade --install web ./chart --set postgresql.auth.password={{rand:18:alnum}}  «»
    helm upgrade --install web ./chart --set image.tag="$GIT_SHA" --set-string secretKey="$SECRET_KEY"
    PGPASSWORD={{rand:16:alnum}} psql -h db.acme.internal -U app -c 'select 1'  «»
    redis-cli -h cache.acme.internal -a {{rand:24:alnum}} ping  «»
    sshpass -p '{{rand:12:alnum}}' ssh deploy@web1.acme.io 'systemctl restart web'  «»
    echo "Deployed $(git rev-parse --short HEAD)"
  `,

  file("Makefile")`
    REGISTRY ?= ghcr.io/acme
    TOKEN ?= $(shell cat .token)
    API_KEY ?= $(API_KEY_FROM_VAULT)

    .PHONY: deploy
    deploy:
    	curl -fsS -H "X-API-Key: $(API_KEY)" https://api.acme.io/deploy
    	docker login -u acme -p {{rand:20:alnum}} registry.acme.io  «»
    	docker push $(REGISTRY)/web:$(VERSION)
  `,

  file("deploy/web.service")`
    [Unit]
    Description=Acme web
    After=network.target

    [Service]
    User=web
    EnvironmentFile=/etc/acme/web.env
    Environment="API_TOKEN={{rand:32:alnum}}"  «»
    Environment="LOG_LEVEL=info"
    ExecStart=/srv/web/bin/gunicorn config.wsgi
  `,

  file("inventories/production/group_vars/all.yml")`
    ansible_user: deploy
    ansible_become_password: {{rand:16:alnum}}  «»
    mysql_root_password: "{{ vault_mysql_root_password }}"
    app_secret_key: !vault |
      $ANSIBLE_VAULT;1.1;AES256
      {{rand:64:hex}}
      {{rand:64:hex}}
    ntp_servers:
      - 0.pool.ntp.org
  `,

  file("db/init.sql")`
    CREATE DATABASE shop;
    CREATE USER shop WITH PASSWORD '{{rand:16:alnum}}';  «»
    GRANT ALL PRIVILEGES ON DATABASE shop TO shop;
    CREATE USER 'report'@'%' IDENTIFIED BY '{{rand:14:alnum}}';  «»
    ALTER TABLE users ADD COLUMN password_digest VARCHAR(60) NOT NULL;
    INSERT INTO users (email, password_digest) VALUES ('admin@acme.io', '$2a$12\${{rand:53:alnum}}');
    -- passwords are bcrypt hashes; tokens are stored as sha256 digests
  `,

  file("app.yaml")`
    runtime: python312
    entrypoint: gunicorn -b :$PORT config.wsgi
    env_variables:
      DJANGO_SETTINGS_MODULE: "config.settings.production"
      DJANGO_SECRET_KEY: "{{rand:50:django}}"  «django-secret-key»
      GS_BUCKET_NAME: "acme-static"
  `,

  file("fly.toml")`
    app = "acme-web"
    primary_region = "ams"

    [env]
      DJANGO_SETTINGS_MODULE = "config.settings.production"
      DJANGO_SECRET_KEY = "{{rand:50:django}}"  «django-secret-key»
      PORT = "8000"
  `,

  file("render.yaml")`
    services:
      - type: web
        name: acme-web
        envVars:
          - key: DJANGO_SECRET_KEY
            generateValue: true
          - key: DATABASE_URL
            fromDatabase:
              name: acme-db
              property: connectionString
          - key: PAYMENT_API_KEY
            value: {{rand:32:alnum}}  «»
  `,

  file("app.json")`
    {
      "name": "acme-web",
      "env": {
        "SECRET_KEY": { "generator": "secret" },
        "WEB_CONCURRENCY": { "value": "2" },
        "MAILCHIMP_API_KEY": { "value": "{{rand:32:hex}}-us21" }  «»
      }
    }
  `,

  file("logs/deploy-2024-03-02.log")`
    2024-03-02T10:11:12Z INFO  starting deploy of web@2.3.1
    2024-03-02T10:11:13Z INFO  token refreshed for user 42 (expires in 3600s)
    2024-03-02T10:11:14Z DEBUG POST /v1/deploy Authorization: Bearer {{rand:40:alnum}}  «»
    2024-03-02T10:11:15Z WARN  password policy: 3 users have weak passwords
    2024-03-02T10:11:16Z INFO  secret rotation scheduled for 2024-04-01
  `,

  file(".htpasswd")`
    admin:$apr1\${{rand:8:alnum}}\${{rand:22:alnum}}
    deploy:{SHA}{{rand:27:base64}}=
  `,

  file("Vagrantfile")`
    Vagrant.configure("2") do |config|
      config.vm.box = "ubuntu/jammy64"
      config.vm.provision "shell", inline: <<-SHELL
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y postgresql
        sudo -u postgres psql -c "ALTER USER postgres PASSWORD 'vagrant';"
      SHELL
    end
  `,

  file("scripts/backup.ps1")`
    $ErrorActionPreference = "Stop"
    $password = ConvertTo-SecureString "{{rand:16:alnum}}" -AsPlainText -Force  «»
    $cred = New-Object System.Management.Automation.PSCredential ("backup", $password)
    $env:AZURE_STORAGE_KEY = $env:BACKUP_STORAGE_KEY
    $token = (Get-AzAccessToken).Token
    Write-Host "Backup finished"
  `,

  file("docker/entrypoint.sh")`
    #!/bin/sh
    : "\${DJANGO_SECRET_KEY:?DJANGO_SECRET_KEY must be set}"
    : "\${DB_PASSWORD:=$(cat /run/secrets/db_password)}"
    export API_TOKEN="\${API_TOKEN:-{{rand:32:alnum}}}"  «»
    exec gunicorn config.wsgi --bind 0.0.0.0:8000
  `,

  file("nginx/conf.d/api.conf")`
    server {
      listen 443 ssl;
      server_name api.acme.io;
      ssl_certificate     /etc/ssl/certs/api.crt;
      ssl_certificate_key /etc/ssl/private/api.key;
      location / {
        proxy_set_header X-Api-Key {{rand:32:hex}};  «»
        proxy_pass http://upstream;
      }
    }
  `,
];
