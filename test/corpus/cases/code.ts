// Configuration in code: Python, JavaScript/TypeScript, Ruby, PHP, Go, Java/Kotlin, C#, Rust;
// hardcoded literals next to environment reads and the many shapes of "not a secret" code.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file("weather/client.py")`
    import os
    import requests

    API_URL = "https://api.openweathermap.org/data/2.5/weather"
    API_KEY = "{{rand:32:hex}}"  «»


    def get_weather(city: str) -> dict:
        params = {"q": city, "appid": API_KEY, "units": "metric"}
        response = requests.get(API_URL, params=params, timeout=10)
        response.raise_for_status()
        return response.json()
  `,

  file("app/__init__.py")`
    from flask import Flask
    from flask_sqlalchemy import SQLAlchemy

    app = Flask(__name__)
    app.config["SECRET_KEY"] = "{{rand:32:hex}}"  «»
    app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://admin:{{rand:16:alnum}}@localhost/inventory"  «postgres-url-password»
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    app.secret_key = os.urandom(24)
    db = SQLAlchemy(app)
  `,

  file("src/config.py")`
    from pydantic_settings import BaseSettings


    class Settings(BaseSettings):
        app_name: str = "Inventory API"
        secret_key: str = "{{rand:64:hex}}"  «»
        algorithm: str = "HS256"
        access_token_expire_minutes: int = 30
        database_url: str = "sqlite:///./app.db"
        openai_api_key: str
        stripe_api_key: str = ""

        class Config:
            env_file = ".env"
  `,

  file("bot/main.py")`
    import logging
    import os

    from telegram.ext import ApplicationBuilder

    TOKEN = "{{rand:10:digit}}:AA{{rand:33:base64url}}"  «telegram-bot-token»
    ADMIN_CHAT_ID = 123456789

    if __name__ == "__main__":
        app = ApplicationBuilder().token(TOKEN).build()
        app.run_polling()
  `,

  file("scripts/fetch_data.py")`
    import os

    token = os.environ.get("GITHUB_TOKEN")
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json"}
    password = getpass.getpass("Database password: ")
    api_key = os.getenv("OPENAI_API_KEY", "")
    secret = secrets.token_urlsafe(32)
    access_token = response.json()["access_token"]
    refresh_token = data.get("refresh_token")
    SECRET_KEY_LENGTH = 50
    token_pattern = r"ghp_[A-Za-z0-9]{36}"
  `,

  file("scripts/report.py")`
    import os

    SMTP_PASSWORD = os.getenv("SMTP_PASSWORD", "{{rand:16:alnum}}")  «»
    SLACK_TOKEN = os.environ.get("SLACK_TOKEN", "xoxb-{{rand:12:digit}}-{{rand:13:digit}}-{{rand:24:alnum}}")  «slack-bot-token»
    REPORT_RECIPIENTS = ["ops@acme.io"]
  `,

  file("server/index.js")`
    const express = require("express");
    const jwt = require("jsonwebtoken");

    const app = express();
    const JWT_SECRET = process.env.JWT_SECRET || "{{rand:32:alnum}}";  «»
    const PORT = process.env.PORT || 3000;

    app.post("/login", async (req, res) => {
      const { email, password } = req.body;
      const user = await User.findOne({ email });
      if (!user || !(await user.comparePassword(password))) return res.status(401).end();
      const token = jwt.sign({ id: user.id }, JWT_SECRET, { expiresIn: "1h" });
      res.cookie("token", token, { httpOnly: true, secure: true });
      res.json({ token });
    });
  `,

  file("src/config.ts")`
    export const config = {
      port: Number(process.env.PORT ?? 3000),
      sessionSecret: process.env.SESSION_SECRET ?? "{{rand:32:alnum}}",  «»
      stripeKey: process.env.STRIPE_SECRET_KEY!,
      githubToken: process.env.GITHUB_TOKEN ?? "",
      passwordMinLength: 12,
      tokenHeader: "x-access-token",
    };
  `,

  file("src/lib/mailer.ts")`
    import nodemailer from "nodemailer";

    export const transporter = nodemailer.createTransport({
      host: "smtp.mailgun.org",
      port: 587,
      auth: {
        user: "postmaster@mg.acme.io",
        pass: "{{rand:32:hex}}-{{rand:8:hex}}-{{rand:8:hex}}",  «»
      },
    });
  `,

  file("src/api/client.ts")`
    import axios from "axios";

    const api = axios.create({
      baseURL: "https://api.acme.io/v2",
      headers: { Authorization: \`Bearer \${localStorage.getItem("token")}\` },
    });

    export async function login(username: string, password: string) {
      const { data } = await api.post<{ token: string }>("/auth/login", { username, password });
      localStorage.setItem("token", data.token);
      return data.token;
    }
  `,

  file("src/components/LoginForm.tsx")`
    export function LoginForm() {
      const [password, setPassword] = useState("");
      const [showPassword, setShowPassword] = useState(false);
      return (
        <form onSubmit={handleSubmit}>
          <label htmlFor="password">Password</label>
          <input id="password" type={showPassword ? "text" : "password"} value={password}
            onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
          <a href="/forgot-password">Forgot password?</a>
        </form>
      );
    }
  `,

  file("src/services/maps.js")`
    const GOOGLE_MAPS_API_KEY = "AIza{{rand:35:base64url}}";  «gcp-api-key»
    const geocodeUrl = (address) =>
      \`https://maps.googleapis.com/maps/api/geocode/json?address=\${encodeURIComponent(address)}&key=\${GOOGLE_MAPS_API_KEY}\`;
  `,

  file("config/initializers/stripe.rb")`
    Rails.configuration.stripe = {
      publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
      secret_key: ENV.fetch("STRIPE_SECRET_KEY")
    }
    Stripe.api_key = Rails.configuration.stripe[:secret_key]
  `,

  file("config/environments/production.rb")`
    Rails.application.configure do
      config.cache_classes = true
      config.secret_key_base = "{{rand:128:hex}}"  «»
      config.action_mailer.smtp_settings = {
        address: "smtp.sendgrid.net",
        user_name: "apikey",
        password: "SG.{{rand:22:base64url}}.{{rand:43:base64url}}",  «sendgrid-api-key»
        authentication: :plain
      }
    end
  `,

  file("lib/tasks/import.rake")`
    namespace :import do
      task products: :environment do
        client = Shopify::Client.new(shop: "acme.myshopify.com", access_token: "shpat_{{rand:32:hex}}")  «shopify-access-token»
        client.products.each { |p| Product.upsert(p) }
      end
    end
  `,

  file("wp-config.php")`
    <?php
    define( 'DB_NAME', 'wordpress' );
    define( 'DB_USER', 'wp_admin' );
    define( 'DB_PASSWORD', '{{rand:16:alnum}}' );  «»
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );

    define( 'AUTH_KEY',         '{{rand:64:base64}}' );  «wordpress-auth-salt»
    define( 'SECURE_AUTH_KEY',  '{{rand:64:base64}}' );  «wordpress-auth-salt»
    define( 'LOGGED_IN_KEY',    '{{rand:64:base64}}' );  «wordpress-auth-salt»
    define( 'NONCE_KEY',        '{{rand:64:base64}}' );  «wordpress-auth-salt»

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
  `,

  file("wp-config-sample.php")`
    <?php
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
    define( 'AUTH_KEY',         'put your unique phrase here' );
    define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
  `,

  file("config/services.php")`
    <?php

    return [
        'mailgun' => [
            'domain' => env('MAILGUN_DOMAIN'),
            'secret' => env('MAILGUN_SECRET'),
        ],
        'stripe' => [
            'key' => env('STRIPE_KEY'),
            'secret' => 'sk_live_{{rand:24:alnum}}',  «stripe-secret-key»
        ],
        'github' => [
            'client_id' => env('GITHUB_CLIENT_ID'),
            'client_secret' => '{{rand:40:hex}}',  «»
            'redirect' => 'https://acme.io/auth/github/callback',
        ],
    ];
  `,

  file("internal/config/config.go")`
    package config

    import (
    	"fmt"
    	"os"
    )

    const (
    	apiBaseURL = "https://api.acme.io/v1"
    	apiToken   = "{{rand:40:alnum}}"  «»
    )

    func DSN() string {
    	return fmt.Sprintf("host=%s user=%s password=%s dbname=%s sslmode=disable",
    		os.Getenv("DB_HOST"), os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_NAME"))
    }
  `,

  file("cmd/server/main.go")`
    package main

    func main() {
    	db, err := sql.Open("mysql", "root:{{rand:12:alnum}}@tcp(127.0.0.1:3306)/shop?parseTime=true")  «mysql-dsn-password»
    	if err != nil {
    		log.Fatal(err)
    	}
    	token := r.Header.Get("X-Auth-Token")
    	secret := []byte(os.Getenv("HMAC_SECRET"))
    	_ = secret
    }
  `,

  file("src/main/resources/application.properties")`
    spring.application.name=orders
    spring.datasource.url=jdbc:postgresql://db:5432/orders
    spring.datasource.username=orders
    spring.datasource.password={{rand:16:alnum}}  «»
    spring.jpa.hibernate.ddl-auto=validate
    jwt.secret={{rand:64:base64}}  «»
    jwt.expiration=86400
    spring.security.oauth2.client.registration.github.client-id={{rand:20:hex}}
    spring.security.oauth2.client.registration.github.client-secret={{rand:40:hex}}  «»
  `,

  file("src/main/resources/application.yml")`
    spring:
      datasource:
        url: jdbc:mysql://localhost:3306/shop
        username: \${DB_USER:shop}
        password: \${DB_PASSWORD}
      mail:
        password: \${MAIL_PASSWORD:}
    app:
      jwt:
        secret: \${JWT_SECRET}
        expiration-ms: 86400000
  `,

  file("src/main/java/com/acme/PaymentClient.java")`
    package com.acme;

    public class PaymentClient {
        private static final String API_KEY = "{{rand:32:alnum}}";  «»
        private static final String API_URL = "https://api.payments.example/v1";
        private final String password = System.getenv("DB_PASSWORD");
        private static final String TOKEN_HEADER = "X-Auth-Token";

        public String authHeader() {
            return "Bearer " + API_KEY;
        }
    }
  `,

  file("app/src/main/java/com/acme/app/ApiModule.kt")`
    object ApiModule {
        private const val BASE_URL = "https://api.acme.io/"
        private const val CLIENT_SECRET = "{{rand:48:alnum}}"  «»
        val apiKey: String = BuildConfig.API_KEY
    }
  `,

  file("appsettings.json")`
    {
      "ConnectionStrings": {
        "DefaultConnection": "Server=tcp:acme.database.windows.net,1433;Database=shop;User ID=shop;Password={{rand:16:alnum}};Encrypt=True;"  «connection-string-password»
      },
      "Jwt": {
        "Key": "{{rand:64:alnum}}",  «»
        "Issuer": "https://acme.io",
        "Audience": "https://acme.io"
      },
      "Logging": { "LogLevel": { "Default": "Information" } }
    }
  `,

  file("appsettings.Development.json")`
    {
      "ConnectionStrings": {
        "DefaultConnection": "Server=(localdb)\\mssqllocaldb;Database=aspnet-Shop;Trusted_Connection=True;MultipleActiveResultSets=true"
      },
      "Authentication": {
        "Google": { "ClientId": "", "ClientSecret": "" }
      }
    }
  `,

  file("Services/EmailSender.cs")`
    public class EmailSender : IEmailSender
    {
        private const string SmtpPassword = "{{rand:20:alnum}}";  «»
        private readonly string _apiKey = Environment.GetEnvironmentVariable("SENDGRID_API_KEY");
        private const string PasswordResetTemplate = "password-reset";
    }
  `,

  file("src/main.rs")`
    use std::env;

    const API_TOKEN: &str = "{{rand:40:alnum}}";  «»

    fn main() {
        let password = env::var("DB_PASSWORD").expect("DB_PASSWORD must be set");
        let token_url = "https://oauth2.googleapis.com/token";
    }
  `,

  file("notebooks/analysis.ipynb")`
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import os\n",
        "import openai\n",
        "openai.api_key = os.getenv(\"OPENAI_API_KEY\")\n",
        "HF_TOKEN = os.environ[\"HF_TOKEN\"]\n"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "SERPAPI_API_KEY = \"{{rand:64:hex}}\"\n",  «»
        "os.environ[\"PINECONE_API_KEY\"] = \"{{rand:8:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:12:hex}}\"\n",  «»
        "client = OpenAI(api_key=\"sk-proj-{{rand:48:base64url}}T3BlbkFJ{{rand:48:base64url}}\")\n"  «openai-api-key»
       ]
      }
     ],
     "metadata": {
      "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" }
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
  `,
];
