// Application configuration outside the usual suspects: XML configs (Maven, .NET, Tomcat),
// Gradle, mobile apps (Swift, Kotlin, Dart), embedded C, IDE and tool settings, API collections.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file("home/.m2/settings.xml")`
    <settings>
      <servers>
        <server>
          <id>acme-releases</id>
          <username>deployer</username>
          <password>{{rand:16:alnum}}</password>  «»
        </server>
        <server>
          <id>github</id>
          <username>acme-bot</username>
          <password>\${env.GITHUB_TOKEN}</password>
        </server>
      </servers>
    </settings>
  `,

  file("Web.config")`
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <appSettings>
        <add key="Environment" value="Production" />
        <add key="PaymentApiKey" value="{{rand:32:alnum}}" />  «»
        <add key="PasswordMinLength" value="12" />
      </appSettings>
      <connectionStrings>
        <add name="Default" connectionString="Data Source=sql01;Initial Catalog=Shop;User Id=shop;Password={{rand:16:alnum}};" />  «»
      </connectionStrings>
    </configuration>
  `,

  file("conf/tomcat-users.xml")`
    <tomcat-users>
      <role rolename="manager-gui"/>
      <user username="admin" password="{{rand:14:alnum}}" roles="manager-gui"/>  «»
    </tomcat-users>
  `,

  file("gradle.properties")`
    org.gradle.jvmargs=-Xmx2048m
    android.useAndroidX=true
    signing.keyId={{rand:8:HEX}}
    signing.password={{rand:16:alnum}}  «»
    signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
    ossrhUsername=acme
    ossrhPassword={{rand:20:alnum}}  «»
  `,

  file("app/build.gradle.kts")`
    android {
        defaultConfig {
            applicationId = "io.acme.app"
            buildConfigField("String", "API_KEY", "\"\${project.findProperty("acmeApiKey")}\"")
            buildConfigField("String", "BACKEND_TOKEN", "\"{{rand:40:alnum}}\"")  «»
        }
        signingConfigs {
            create("release") {
                storePassword = System.getenv("KEYSTORE_PASSWORD")
                keyPassword = "{{rand:16:alnum}}"  «»
            }
        }
    }
  `,

  file("ios/Acme/Config.swift")`
    import Foundation

    enum Config {
        static let baseURL = URL(string: "https://api.acme.io")!
        static let apiKey = "{{rand:32:hex}}"  «»
        static let passwordMinLength = 12
        static let tokenKeychainKey = "io.acme.token"
    }
  `,

  file("lib/config.dart")`
    class AppConfig {
      static const String apiBaseUrl = 'https://api.acme.io';
      static const String apiSecret = '{{rand:40:alnum}}';  «»
      static const String tokenStorageKey = 'auth_token';
    }
  `,

  file("firmware/src/main.cpp")`
    #include <WiFi.h>
    #define WIFI_SSID "AcmeOffice"
    #define WIFI_PASSWORD "{{rand:12:alnum}}"  «»
    #define BLYNK_AUTH_TOKEN "{{rand:32:alnum}}"  «»
    const char* mqtt_password = "{{rand:16:alnum}}";  «»
    const int TOKEN_REFRESH_MS = 60000;
  `,

  file("include/secrets.h.example")`
    #pragma once
    #define WIFI_PASSWORD "your-wifi-password"
    #define API_TOKEN "<paste your token here>"
  `,

  file(".vscode/settings.json")`
    {
      "editor.formatOnSave": true,
      "sqltools.connections": [
        {
          "name": "local",
          "driver": "PostgreSQL",
          "server": "localhost",
          "username": "app",
          "password": "{{rand:16:alnum}}"  «»
        }
      ],
      "python.defaultInterpreterPath": ".venv/bin/python"
    }
  `,

  file("postman/acme.postman_collection.json")`
    {
      "info": { "name": "Acme API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      "variable": [
        { "key": "baseUrl", "value": "https://api.acme.io", "type": "string" },
        { "key": "apiToken", "value": "{{rand:40:alnum}}", "type": "string" }  «»
      ],
      "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{apiToken}}", "type": "string" }] }
    }
  `,

  file("openapi.yaml")`
    components:
      securitySchemes:
        bearerAuth:
          type: http
          scheme: bearer
          bearerFormat: JWT
        apiKeyAuth:
          type: apiKey
          in: header
          name: X-API-Key
  `,

  file("src/types/user.ts")`
    export interface Credentials {
      username: string;
      password: string;
      apiKey?: string;
      token: string | null;
    }
    export type SecretRef = { secretName: string; secretKey: string };
  `,

  file("internal/model/user.go")`
    type User struct {
    	ID           int64  \`json:"id"\`
    	Email        string \`json:"email"\`
    	PasswordHash string \`json:"-"\`
    	APIToken     string \`json:"api_token,omitempty"\`
    }
  `,

  file("pkg/client/client_test.go")`
    func TestClient(t *testing.T) {
    	c := New("http://localhost", WithToken("test-token-1234"))
    	if _, err := c.Get("/me"); err != nil {
    		t.Fatal(err)
    	}
    }
  `,

  file("lib/acme/client.ex")`
    config :acme, AcmeWeb.Endpoint,
      url: [host: "localhost"],
      secret_key_base: "{{rand:64:base64}}",  «»
      live_view: [signing_salt: "{{rand:8:alnum}}"]

    config :acme, Acme.Repo, password: System.get_env("DB_PASSWORD")
  `,

  file("src/app.py")`
    from flask import Flask

    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY="dev", DATABASE="instance/app.sqlite")
    resp = requests.get(url, auth=("api", "{{rand:32:hex}}"), timeout=10)  «»
    session_token = request.cookies.get("session_token")
  `,

  file("src/docs/api.py")`
    def create_client(api_key: str, timeout: float = 10.0) -> "Client":
        """Create a client.

        :param api_key: Your API key, from https://acme.io/settings/api
        :param timeout: Seconds to wait for a response.
        """
        return Client(api_key=api_key, timeout=timeout)
  `,

  file("public/index.html")`
    <!doctype html>
    <html>
      <head>
        <script>window.STRIPE_PUBLISHABLE_KEY = "pk_live_{{rand:24:alnum}}";</script>
        <script>window.ALGOLIA_SEARCH_KEY = "{{rand:32:hex}}";</script>
        <meta name="csrf-token" content="{{rand:40:base64}}">
      </head>
    </html>
  `,
];
