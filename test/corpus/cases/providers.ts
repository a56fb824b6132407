// Provider tokens in the contexts they leak from: credentials files, SDK calls, curl commands,
// service-account JSON, private key files, connection strings and URLs with passwords.
import { file, type Case } from "./case.js";

// Built at runtime so this file itself never holds a key block header.
const BEGIN = "-----BEGIN";
const END = "-----END";

export const cases: Case[] = [
  file("home/.aws/credentials")`
    [default]
    aws_access_key_id = AKIA{{rand:16:upperalnum}}  «aws-access-key-id»
    aws_secret_access_key = {{rand:40:base64}}  «aws-secret-access-key»
    region = eu-west-1

    [ci]
    aws_access_key_id = AKIA{{rand:16:upperalnum}}  «aws-access-key-id»
    aws_secret_access_key = {{rand:40:base64}}  «aws-secret-access-key»
  `,

  file("upload/s3.py")`
    import boto3

    s3 = boto3.client(
        "s3",
        aws_access_key_id="AKIA{{rand:16:upperalnum}}",  «aws-access-key-id»
        aws_secret_access_key="{{rand:40:base64}}",  «aws-secret-access-key»
        region_name="us-east-1",
    )
    s3.upload_file("report.csv", "acme-reports", "daily/report.csv")
  `,

  file("src/aws.js")`
    const AWS = require("aws-sdk");
    AWS.config.update({
      accessKeyId: "AKIA{{rand:16:upperalnum}}",  «aws-access-key-id»
      secretAccessKey: "{{rand:40:base64}}",  «aws-secret-access-key»
      region: "us-west-2",
    });
  `,

  file("scripts/release.py")`
    from github import Github

    g = Github("ghp_{{rand:36:alnum}}")  «github-pat»
    repo = g.get_repo("acme/web")
    repo.create_git_release("v1.2.0", "v1.2.0", "Release notes")
  `,

  file("README.md")`
    # acme-cli

    Install with \`pip install acme-cli\`, then authenticate:

    \`\`\`sh
    export ACME_TOKEN=<your token>
    acme login --token "$ACME_TOKEN"
    \`\`\`

    For the GitHub integration I used \`git clone https://acme-bot:ghp_{{rand:36:alnum}}@github.com/acme/private-repo.git\`  «github-pat»
  `,

  file("slack/notify.js")`
    const { WebClient } = require("@slack/web-api");

    const web = new WebClient("xoxb-{{rand:12:digit}}-{{rand:13:digit}}-{{rand:24:alnum}}");  «slack-bot-token»
    const webhook = "https://hooks.slack.com/services/T{{rand:10:upperalnum}}/B{{rand:10:upperalnum}}/{{rand:24:alnum}}";  «slack-webhook-url»

    async function notify(text) {
      await web.chat.postMessage({ channel: "#deploys", text });
    }
  `,

  file("billing/stripe_client.py")`
    import stripe

    stripe.api_key = "sk_live_{{rand:99:alnum}}"  «stripe-secret-key»
    stripe.api_version = "2024-06-20"
    RESTRICTED_KEY = "rk_live_{{rand:99:alnum}}"  «stripe-restricted-key»
    PUBLISHABLE_KEY = "pk_live_{{rand:99:alnum}}"
  `,

  file("discord/bot.py")`
    import discord

    client = discord.Client(intents=discord.Intents.default())
    WEBHOOK_URL = "https://discord.com/api/webhooks/{{rand:19:digit}}/{{rand:68:base64url}}"  «discord-webhook-url»
    client.run("{{rand:24:base64url}}.{{rand:6:base64url}}.{{rand:38:base64url}}")  «discord-bot-token»
  `,

  file("ml/train.py")`
    from huggingface_hub import login
    import wandb

    login(token="hf_{{rand:34:alnum}}")  «huggingface-token»
    wandb.login(key="{{rand:40:hex}}")  «»
    MODEL_NAME = "bert-base-uncased"
  `,

  file("llm/chat.py")`
    import anthropic

    client = anthropic.Anthropic(api_key="sk-ant-api03-{{rand:93:base64url}}AA")  «anthropic-api-key»
    message = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1024, messages=[])
  `,

  file("sms/twilio_send.py")`
    from twilio.rest import Client

    account_sid = "AC{{rand:32:hex}}"
    auth_token = "{{rand:32:hex}}"  «»
    client = Client(account_sid, auth_token)
  `,

  file("mail/send.php")`
    <?php
    $mg = Mailgun::create('key-{{rand:32:hex}}');  «mailgun-api-key»
    $sendgrid = new \SendGrid('SG.{{rand:22:base64url}}.{{rand:43:base64url}}');  «sendgrid-api-key»
    $mg->messages()->send('mg.acme.io', ['from' => 'noreply@acme.io']);
  `,

  file("gcp/service-account.json")`
    {
      "type": "service_account",
      "project_id": "acme-prod-123456",
      "private_key_id": "{{rand:40:hex}}",
      "private_key": "${BEGIN} PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ{{rand:64:base64}}\n{{rand:64:base64}}\n{{rand:64:base64}}\n{{rand:64:base64}}\n${END} PRIVATE KEY-----\n",  «gcp-service-account-key»
      "client_email": "deployer@acme-prod-123456.iam.gserviceaccount.com",
      "client_id": "{{rand:21:digit}}",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
  `,

  file("deploy/id_rsa")`
    ${BEGIN} RSA PRIVATE KEY-----  «private-key»
    MIIEpAIBAAKCAQEA{{rand:48:base64}}
    {{rand:64:base64}}
    {{rand:64:base64}}
    {{rand:64:base64}}
    {{rand:32:base64}}==
    ${END} RSA PRIVATE KEY-----
  `,

  file("ansible/roles/deploy/vars/main.yml")`
    deploy_user: deploy
    deploy_ssh_key: |
      ${BEGIN} OPENSSH PRIVATE KEY-----  «openssh-private-key»
      b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
      {{rand:70:base64}}
      {{rand:70:base64}}
      {{rand:40:base64}}
      ${END} OPENSSH PRIVATE KEY-----
    deploy_path: /srv/web
  `,

  file("certs/server.key")`
    ${BEGIN} EC PRIVATE KEY-----  «private-key»
    MHcCAQEEI{{rand:55:base64}}
    {{rand:64:base64}}
    {{rand:20:base64}}==
    ${END} EC PRIVATE KEY-----
  `,

  file("config/database.js")`
    module.exports = {
      production: {
        url: "postgres://orders:{{rand:24:alnum}}@orders-db.c{{rand:12:loweralnum}}.eu-west-1.rds.amazonaws.com:5432/orders",  «postgres-url-password»
        dialect: "postgres",
      },
      cache: "redis://:{{rand:32:alnum}}@redis.acme.internal:6379/0",  «redis-url-password»
      queue: "amqp://orders:{{rand:16:alnum}}@rabbitmq.acme.internal:5672/orders",  «amqp-url-password»
    };
  `,

  file("alembic.ini")`
    [alembic]
    script_location = migrations
    sqlalchemy.url = mysql+pymysql://app:{{rand:18:alnum}}@10.0.3.12:3306/app  «mysql-url-password»
  `,

  file("docker/mongo-init.sh")`
    #!/bin/sh
    mongosh "mongodb://root:{{rand:20:alnum}}@mongo:27017/admin" --eval 'db.createUser({user: "app", pwd: "{{rand:16:alnum}}", roles: ["readWrite"]})'  «»
  `,

  file("storage/azure.py")`
    from azure.storage.blob import BlobServiceClient

    CONN = "DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey={{rand:86:base64}}==;EndpointSuffix=core.windows.net"  «azure-storage-account-key»
    client = BlobServiceClient.from_connection_string(CONN)
  `,

  file("ops/pagerduty.rb")`
    require "pagerduty"

    pagerduty = Pagerduty.build(integration_key: "{{rand:32:hex}}", api_version: 2)  «»
    DATADOG_API_KEY = "{{rand:32:hex}}"  «»
    NEW_RELIC_LICENSE_KEY = "{{rand:36:hex}}NRAL"  «new-relic-license-key»
  `,

  file("shopify/app.toml")`
    [app]
    name = "acme-store-sync"
    api_key = "{{rand:32:hex}}"  «»
    api_secret = "shpss_{{rand:32:hex}}"  «shopify-shared-secret»
    scopes = "read_products,write_orders"
  `,

  file("deploy/hosts.ini")`
    [web]
    web1.acme.io ansible_user=deploy ansible_password={{rand:14:alnum}}  «»
    web2.acme.io ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/deploy
  `,

  file("scripts/gh_api.sh")`
    curl -H "Authorization: token gho_{{rand:36:alnum}}" https://api.github.com/user  «github-oauth-token»
    curl -H "Authorization: Basic {{rand:28:base64}}" https://jira.acme.io/rest/api/2/search  «»
    curl "https://api.mapbox.com/geocoding/v5/mapbox.places/Berlin.json?access_token=sk.eyJ1{{rand:60:base64url}}.{{rand:22:base64url}}"  «mapbox-secret-token»
  `,
];
