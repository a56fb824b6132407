// CI configuration: GitHub Actions (secrets references vs hardcoded values), GitLab CI,
// CircleCI, Travis, Jenkins, Azure Pipelines, Bitbucket Pipelines.
import { file, type Case } from "./case.js";

export const cases: Case[] = [
  file(".github/workflows/ci.yml")`
    name: CI
    on:
      push:
        branches: [main]
      pull_request:

    jobs:
      test:
        runs-on: ubuntu-latest
        services:
          postgres:
            image: postgres:16
            env:
              POSTGRES_PASSWORD: postgres
            ports: ["5432:5432"]
        env:
          DJANGO_SECRET_KEY: \${{ secrets.DJANGO_SECRET_KEY }}
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          CODECOV_TOKEN: \${{ secrets.CODECOV_TOKEN }}
        steps:
          - uses: actions/checkout@{{rand:40:hex}} # v4.1.1
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - run: python manage.py test
  `,

  file(".github/workflows/tests.yml")`
    name: tests
    on: [push]
    jobs:
      django:
        runs-on: ubuntu-22.04
        env:
          SECRET_KEY: {{rand:50:django}}  «django-secret-key»
          DEBUG: "1"
        steps:
          - uses: actions/checkout@v4
          - run: pytest
  `,

  file(".github/workflows/deploy.yml")`
    name: Deploy
    on:
      workflow_dispatch:
    permissions:
      id-token: write
      contents: read
    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::123456789012:role/github-deploy
              aws-region: eu-west-1
          - uses: docker/login-action@v3
            with:
              registry: ghcr.io
              username: \${{ github.actor }}
              password: \${{ secrets.GITHUB_TOKEN }}
          - name: Notify
            env:
              SLACK_WEBHOOK_URL: https://hooks.slack.com/services/T{{rand:10:upperalnum}}/B{{rand:10:upperalnum}}/{{rand:24:alnum}}  «slack-webhook-url»
              NETLIFY_AUTH_TOKEN: nfp_{{rand:36:alnum}}  «»
            run: |
              curl -sf -H "Authorization: Bearer \${{ secrets.API_TOKEN }}" https://api.acme.io/deploy
              curl -sf -X POST -H "Authorization: Bearer {{rand:40:alnum}}" https://api.acme.io/cache/purge  «»
  `,

  file(".github/workflows/release.yml")`
    name: Release
    on:
      push:
        tags: ["v*"]
    jobs:
      publish:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/setup-node@v4
            with:
              node-version: 20
              registry-url: https://registry.npmjs.org
          - run: npm publish --provenance
            env:
              NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
          - uses: pypa/gh-action-pypi-publish@release/v1
            with:
              password: \${{ secrets.PYPI_API_TOKEN }}
          - uses: softprops/action-gh-release@v2
            with:
              token: \${{ secrets.RELEASE_TOKEN || github.token }}
  `,

  file(".github/workflows/sync.yml")`
    name: Sync
    on:
      schedule:
        - cron: "0 3 * * *"
    jobs:
      sync:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with:
              token: ghp_{{rand:36:alnum}}  «github-pat»
          - run: ./scripts/sync.sh
            env:
              GH_TOKEN: github_pat_{{rand:22:alnum}}_{{rand:59:alnum}}  «github-fine-grained-pat»
              AWS_ACCESS_KEY_ID: AKIA{{rand:16:upperalnum}}  «aws-access-key-id»
              AWS_SECRET_ACCESS_KEY: {{rand:40:base64}}  «aws-secret-access-key»
  `,

  file(".gitlab-ci.yml")`
    stages: [test, deploy]

    variables:
      POSTGRES_DB: test
      POSTGRES_USER: runner
      POSTGRES_PASSWORD: ""
      POSTGRES_HOST_AUTH_METHOD: trust
      DOCKER_DRIVER: overlay2

    test:
      stage: test
      image: python:3.12
      services: [postgres:16]
      script:
        - pip install -r requirements.txt
        - pytest

    deploy:
      stage: deploy
      script:
        - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
        - 'curl --request POST --header "PRIVATE-TOKEN: glpat-{{rand:20:base64url}}" "https://gitlab.com/api/v4/projects/42/releases"'  «gitlab-pat»
        - curl -X POST -F token=glptt-{{rand:40:hex}} -F ref=main https://gitlab.com/api/v4/projects/7/trigger/pipeline  «gitlab-pipeline-trigger-token»
      only: [main]
  `,

  file("ci/gitlab/deploy.gitlab-ci.yml")`
    .deploy:
      variables:
        HEROKU_APP: acme-web
        HEROKU_API_KEY: $HEROKU_API_KEY
        KUBE_TOKEN: $KUBE_TOKEN
      script:
        - dpl --provider=heroku --app=$HEROKU_APP --api-key=$HEROKU_API_KEY
  `,

  file(".circleci/config.yml")`
    version: 2.1
    jobs:
      build:
        docker:
          - image: cimg/python:3.12
            auth:
              username: acmebot
              password: $DOCKERHUB_PASSWORD
          - image: cimg/postgres:16.0
            environment:
              POSTGRES_USER: circleci
              POSTGRES_PASSWORD: ""
        environment:
          AWS_ACCESS_KEY_ID: AKIA{{rand:16:upperalnum}}  «aws-access-key-id»
          AWS_SECRET_ACCESS_KEY: {{rand:40:base64}}  «aws-secret-access-key»
          AWS_DEFAULT_REGION: us-east-1
        steps:
          - checkout
          - run: make test
  `,

  file(".travis.yml")`
    language: python
    python: ["3.11", "3.12"]
    env:
      global:
        - DJANGO_SETTINGS_MODULE=tests.settings
        - secure: "{{rand:340:base64}}="
    deploy:
      provider: pypi
      username: __token__
      password:
        secure: "{{rand:340:base64}}="
  `,

  file("Jenkinsfile")`
    pipeline {
      agent any
      environment {
        SONAR_TOKEN = credentials('sonar-token')
        REGISTRY = 'registry.acme.internal'
      }
      stages {
        stage('Deploy') {
          steps {
            withCredentials([string(credentialsId: 'github-token', variable: 'GITHUB_TOKEN')]) {
              sh 'git push https://$GITHUB_TOKEN@github.com/acme/web.git HEAD:main'
            }
            sh "curl -s -H 'X-Api-Key: {{rand:32:hex}}' https://status.acme.io/api/v1/incidents"  «»
          }
        }
      }
    }
  `,

  file("azure-pipelines.yml")`
    trigger:
      - main
    pool:
      vmImage: ubuntu-latest
    variables:
      - group: web-production
      - name: ARM_CLIENT_ID
        value: {{rand:8:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:12:hex}}
      - name: ARM_CLIENT_SECRET
        value: '{{rand:3:alnum}}8Q~{{rand:34:base64url}}'  «azure-ad-client-secret»
    steps:
      - script: terraform apply -auto-approve
        env:
          ARM_CLIENT_SECRET: $(ARM_CLIENT_SECRET)
  `,

  file("bitbucket-pipelines.yml")`
    image: node:20
    pipelines:
      default:
        - step:
            name: Test and deploy
            script:
              - npm ci
              - npm test
              - pipe: atlassian/aws-s3-deploy:1.1.0
                variables:
                  AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID
                  AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                  S3_BUCKET: acme-web-prod
                  LOCAL_PATH: build
  `,

  file(".drone.yml")`
    kind: pipeline
    name: default
    steps:
      - name: publish
        image: plugins/docker
        settings:
          repo: acme/web
          username: acmebot
          password:
            from_secret: docker_password
  `,
];
