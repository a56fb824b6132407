// Cloud and cluster tooling beyond manifests: kubeconfigs, Terraform lock and state, SOPS,
// Vault, Rails credentials, web3 projects, secrets read from files, CLI argument defaults.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file("home/.kube/config")`
    apiVersion: v1
    kind: Config
    clusters:
      - name: prod
        cluster:
          server: https://10.0.0.1:6443
          certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{{rand:400:base64}}
    users:
      - name: ci
        user:
          token: eyJhbGciOiJSUzI1NiIsImtpZCI6{{rand:40:base64url}}.eyJpc3Mi{{rand:200:base64url}}.{{rand:342:base64url}}  «»
    contexts:
      - name: prod
        context: { cluster: prod, user: ci }
    current-context: prod
  `,

  file(".terraform.lock.hcl")`
    provider "registry.terraform.io/hashicorp/aws" {
      version     = "5.31.0"
      constraints = "~> 5.0"
      hashes = [
        "h1:{{rand:43:base64}}=",
        "zh:{{rand:64:hex}}",
        "zh:{{rand:64:hex}}",
      ]
    }
  `,

  file("terraform/terraform.tfstate")`
    {
      "version": 4,
      "terraform_version": "1.6.5",
      "serial": 42,
      "lineage": "{{rand:8:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:12:hex}}",
      "resources": [
        {
          "type": "aws_iam_access_key",
          "name": "deploy",
          "instances": [
            {
              "attributes": {
                "id": "AKIA{{rand:16:upperalnum}}",  «»
                "secret": "{{rand:40:base64}}",  «»
                "status": "Active",
                "user": "deploy"
              }
            }
          ]
        }
      ]
    }
  `,

  file("secrets/prod.enc.yaml")`
    db_password: ENC[AES256_GCM,data:{{rand:24:base64}},iv:{{rand:43:base64}}=,tag:{{rand:22:base64}}==,type:str]
    api_token: ENC[AES256_GCM,data:{{rand:40:base64}},iv:{{rand:43:base64}}=,tag:{{rand:22:base64}}==,type:str]
    sops:
      kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/{{rand:8:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:12:hex}}
      lastmodified: "2024-03-01T10:00:00Z"
      mac: ENC[AES256_GCM,data:{{rand:86:base64}}==,iv:{{rand:43:base64}}=,tag:{{rand:22:base64}}==,type:str]
      version: 3.8.1
  `,

  file("vault/policies/web.hcl")`
    path "secret/data/web/*" {
      capabilities = ["read"]
    }
    path "auth/token/renew-self" {
      capabilities = ["update"]
    }
  `,

  file("config/credentials/production.yml.enc")`
    {{rand:300:base64}}--{{rand:16:base64}}--{{rand:22:base64}}==
  `,

  file("config/storage.yml")`
    amazon:
      service: S3
      access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
      secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
      region: eu-west-1
      bucket: acme-uploads
  `,

  file("hardhat.config.js")`
    require("@nomicfoundation/hardhat-toolbox");
    module.exports = {
      solidity: "0.8.24",
      networks: {
        sepolia: {
          url: "https://eth-sepolia.g.alchemy.com/v2/{{rand:32:base64url}}",  «»
          accounts: [process.env.PRIVATE_KEY],
        },
        localhost: {
          accounts: { mnemonic: "test test test test test test test test test test test junk" },
        },
      },
      etherscan: { apiKey: "{{rand:34:upperalnum}}" },  «»
    };
  `,

  file("contracts/.env")`
    PRIVATE_KEY=0x{{rand:64:hex}}  «»
    CONTRACT_ADDRESS=0x{{rand:40:hex}}
    DEPLOYER_ADDRESS=0x{{rand:40:hex}}
    CHAIN_ID=11155111
  `,

  file("app/secrets.py")`
    from pathlib import Path

    def read_secret(name: str) -> str:
        return Path(f"/run/secrets/{name}").read_text().strip()

    SECRET_KEY = read_secret("django_secret_key")
    API_TOKEN = keyring.get_password("acme", "api")
    DB_PASSWORD = input("Database password: ")
  `,

  file("cli/main.py")`
    import argparse
    import os

    parser = argparse.ArgumentParser()
    parser.add_argument("--api-key", default=os.environ.get("ACME_API_KEY"))
    parser.add_argument("--token", default="{{rand:40:alnum}}")  «»
    parser.add_argument("--password-file", default="~/.acme/password")
    args = parser.parse_args()
  `,

  file("src/main/java/com/acme/JwtConfig.java")`
    @Configuration
    public class JwtConfig {
        @Value("\${jwt.secret}")
        private String secret;

        @Value("\${api.key:}")
        private String apiKey;

        private static final String SIGNING_KEY = "{{rand:64:alnum}}";  «»
    }
  `,

  file("config/app.php")`
    <?php
    return [
        'name' => env('APP_NAME', 'Laravel'),
        'key' => env('APP_KEY'),
        'cipher' => 'AES-256-CBC',
        'previous_keys' => [...array_filter(explode(',', env('APP_PREVIOUS_KEYS', '')))],
    ];
  `,

  file("static/fonts/icons.css")`
    @font-face {
      font-family: "icons";
      src: url(data:font/woff2;base64,d09GMgABAAAAA{{rand:500:base64}}) format("woff2");
    }
  `,

  file("public/app.js.map")`
    {"version":3,"file":"app.js","sources":["src/auth.ts"],"names":["token","secret","apiKey"],"mappings":"AAAA,SAASA,{{rand:200:base64}};AACA"}
  `,

  file("assets/logo.svg")`
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
      <path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z"/>
    </svg>
  `,

  file("tests/mocks/oauth.json")`
    {
      "access_token": "mock-access-token",
      "refresh_token": "mock-refresh-token",
      "token_type": "Bearer",
      "expires_in": 3600,
      "id_token": null
    }
  `,

  file("swagger.json")`
    {
      "securityDefinitions": {
        "api_key": { "type": "apiKey", "name": "api_key", "in": "header" },
        "petstore_auth": { "type": "oauth2", "authorizationUrl": "https://petstore.swagger.io/oauth/authorize", "flow": "implicit" }
      }
    }
  `,

  file(".eslintrc.json")`
    {
      "plugins": ["no-secrets"],
      "rules": { "no-secrets/no-secrets": ["error", { "tolerance": 4.2 }] }
    }
  `,

  file("package.json")`
    {
      "name": "@acme/token-service",
      "scripts": { "token": "node scripts/token.js", "secrets:check": "leakproof dir ." },
      "dependencies": { "jsonwebtoken": "^9.0.2", "secret-handshake": "^1.1.21" }
    }
  `,

  file("docker-compose.ci.yml")`
    services:
      api:
        environment:
          STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:-sk_test_placeholder}
          SESSION_SECRET: \${SESSION_SECRET:-{{rand:32:alnum}}}  «»
        healthcheck:
          test: ["CMD", "pg_isready", "-U", "postgres"]
  `,

  file("src/server/session.rb")`
    use Rack::Session::Cookie,
      key: "rack.session",
      secret: ENV.fetch("SESSION_SECRET") { "{{rand:64:hex}}" }  «»
  `,

  file("config/initializers/session_store.rb")`
    Rails.application.config.session_store :cookie_store, key: "_acme_session", expire_after: 14.days
    Rails.application.config.secret_token = ENV["SECRET_TOKEN"]
  `,
];
