// Containers and orchestration: docker-compose environment lists and maps, Kubernetes Secrets
// (stringData and base64 data), ConfigMaps, Deployments, Helm values and templates.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file("docker-compose.yml")`
    version: "3.9"
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: app
          POSTGRES_USER: app
          POSTGRES_PASSWORD: {{rand:20:alnum}}  «»
        volumes:
          - pgdata:/var/lib/postgresql/data
      web:
        build: .
        command: gunicorn config.wsgi:application --bind 0.0.0.0:8000
        environment:
          - DJANGO_SECRET_KEY={{rand:50:django}}  «django-secret-key»
          - DATABASE_URL=postgres://app:{{rand:20:alnum}}@db:5432/app  «postgres-url-password»
          - DJANGO_DEBUG=0
        env_file:
          - .env
        depends_on:
          - db
    volumes:
      pgdata:
  `,

  file("docker-compose.override.yml")`
    services:
      db:
        environment:
          POSTGRES_PASSWORD: postgres
      mysql:
        image: mysql:8
        environment:
          MYSQL_ROOT_PASSWORD: root
          MYSQL_PASSWORD: secret
      web:
        environment:
          - DJANGO_SECRET_KEY=\${DJANGO_SECRET_KEY:?set DJANGO_SECRET_KEY}
          - DATABASE_URL=postgres://postgres:postgres@db:5432/postgres
  `,

  file("compose.prod.yaml")`
    services:
      api:
        image: ghcr.io/acme/api:1.8.0
        environment:
          NODE_ENV: production
          JWT_SECRET: \${JWT_SECRET}
          DB_PASSWORD_FILE: /run/secrets/db_password
          REDIS_PASSWORD: "{{rand:32:alnum}}"  «»
          SENTRY_ENVIRONMENT: production
        secrets:
          - db_password
    secrets:
      db_password:
        file: ./secrets/db_password.txt
  `,

  file("deploy/minio/docker-compose.yml")`
    services:
      minio:
        image: quay.io/minio/minio
        command: server /data --console-address ":9001"
        environment:
          MINIO_ROOT_USER: minioadmin
          MINIO_ROOT_PASSWORD: minioadmin
      rabbitmq:
        image: rabbitmq:3-management
        environment:
          RABBITMQ_DEFAULT_USER: guest
          RABBITMQ_DEFAULT_PASS: guest
  `,

  file("k8s/secret.yaml")`
    apiVersion: v1
    kind: Secret
    metadata:
      name: web-secrets
      namespace: production
    type: Opaque
    stringData:
      DJANGO_SECRET_KEY: "{{rand:50:django}}"  «django-secret-key»
      DATABASE_PASSWORD: "{{rand:24:alnum}}"  «»
      SENTRY_DSN: "https://{{rand:32:hex}}@o{{rand:6:digit}}.ingest.sentry.io/{{rand:7:digit}}"
  `,

  file("k8s/registry-secret.yaml")`
    apiVersion: v1
    kind: Secret
    metadata:
      name: api-credentials
    type: Opaque
    data:
      api-token: {{rand:43:base64}}=  «»
      password: {{rand:31:base64}}=  «»
      username: YWRtaW4=
  `,

  file("k8s/configmap.yaml")`
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: web-config
    data:
      LOG_LEVEL: info
      SECRET_NAME: web-secrets
      TOKEN_URL: https://auth.acme.io/oauth/token
      PASSWORD_RESET_TIMEOUT: "3600"
      SESSION_COOKIE_NAME: sessionid
      OIDC_CLIENT_ID: web-frontend
  `,

  file("k8s/deployment.yaml")`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
            - name: web
              image: ghcr.io/acme/web:2.3.1
              env:
                - name: DJANGO_SECRET_KEY
                  valueFrom:
                    secretKeyRef:
                      name: web-secrets
                      key: DJANGO_SECRET_KEY
                - name: DATABASE_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: web-secrets
                      key: DATABASE_PASSWORD
                - name: API_TOKEN
                  value: "{{rand:32:alnum}}"  «»
                - name: LOG_FORMAT
                  value: json
          imagePullSecrets:
            - name: ghcr-pull-secret
  `,

  file("k8s/sealed-secret.yaml")`
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: web-secrets
    spec:
      encryptedData:
        DJANGO_SECRET_KEY: AgB{{rand:300:base64}}==
        DATABASE_PASSWORD: AgC{{rand:300:base64}}==
  `,

  file("k8s/external-secret.yaml")`
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: web
    spec:
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      data:
        - secretKey: DJANGO_SECRET_KEY
          remoteRef:
            key: prod/web/django
            property: secret_key
  `,

  file("charts/web/values.yaml")`
    replicaCount: 2
    image:
      repository: ghcr.io/acme/web
      tag: "2.3.1"
    secretKey: ""
    existingSecret: web-secrets
    postgresql:
      auth:
        username: web
        password: {{rand:20:alnum}}  «»
        existingSecret: ""
    redis:
      auth:
        enabled: true
        password: changeme
  `,

  file("charts/web/templates/secret.yaml")`
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "web.fullname" . }}
    type: Opaque
    stringData:
      SECRET_KEY: {{ .Values.secretKey | quote }}
      DB_PASSWORD: {{ required "postgresql.auth.password is required" .Values.postgresql.auth.password }}
      api-token: {{ .Values.apiToken | b64enc }}
  `,

  file("charts/web/values-prod.yaml")`
    ingress:
      enabled: true
      hosts:
        - host: app.acme.io
    env:
      SECRET_KEY: "{{rand:50:django}}"  «django-secret-key»
      GOOGLE_CLIENT_SECRET: GOCSPX-{{rand:28:base64url}}  «gcp-oauth-client-secret»
      GOOGLE_CLIENT_ID: {{rand:12:digit}}-{{rand:32:loweralnum}}.apps.googleusercontent.com
  `,

  file("k8s/kustomization.yaml")`
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    secretGenerator:
      - name: web-secrets
        literals:
          - DJANGO_SECRET_KEY={{rand:50:django}}  «django-secret-key»
          - API_KEY={{rand:32:hex}}  «»
        envs:
          - secrets.env
  `,

  file("ecs/task-definition.json")`
    {
      "family": "web",
      "containerDefinitions": [
        {
          "name": "web",
          "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:latest",
          "environment": [
            { "name": "DJANGO_SETTINGS_MODULE", "value": "config.settings.production" },
            { "name": "DB_PASSWORD", "value": "{{rand:20:alnum}}" },  «»
            { "name": "LOG_LEVEL", "value": "info" }
          ],
          "secrets": [
            { "name": "DJANGO_SECRET_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/web/secret_key" }
          ]
        }
      ]
    }
  `,

  file("terraform/main.tf")`
    resource "aws_db_instance" "main" {
      identifier        = "web-db"
      engine            = "postgres"
      instance_class    = "db.t3.micro"
      username          = "web"
      password          = var.db_password
      skip_final_snapshot = true
    }

    resource "aws_secretsmanager_secret_version" "web" {
      secret_id     = aws_secretsmanager_secret.web.id
      secret_string = jsonencode({ password = random_password.db.result })
    }

    resource "datadog_monitor" "cpu" {
      name = "High CPU"
    }

    provider "datadog" {
      api_key = local.datadog_api_key
      app_key = var.datadog_app_key
    }

    output "deploy_secret" {
      value     = aws_iam_access_key.deploy.secret
      sensitive = true
    }
  `,

  file("terraform/terraform.tfvars")`
    region          = "eu-west-1"
    environment     = "production"
    db_password     = "{{rand:24:alnum}}"  «»
    datadog_api_key = "{{rand:32:hex}}"  «»
    instance_count  = 3
  `,

  file("terraform/variables.tf")`
    variable "db_password" {
      description = "Password for the master DB user"
      type        = string
      sensitive   = true
    }

    variable "api_token" {
      type    = string
      default = ""
    }
  `,

  file("serverless.yml")`
    service: payments
    provider:
      name: aws
      runtime: python3.12
      environment:
        STRIPE_SECRET_KEY: \${ssm:/payments/stripe-secret-key}
        WEBHOOK_SECRET: \${env:WEBHOOK_SECRET}
        TABLE_NAME: \${self:service}-\${sls:stage}
  `,

  file("cloudformation/db.yaml")`
    Resources:
      Database:
        Type: AWS::RDS::DBInstance
        Properties:
          MasterUsername: admin
          MasterUserPassword: !Ref DbPassword
          DBInstanceClass: db.t3.micro
      ApiKeySecret:
        Type: AWS::SecretsManager::Secret
        Properties:
          GenerateSecretString:
            PasswordLength: 32
            ExcludeCharacters: '"@/\\'
  `,
];
