// The provider corpus: token formats as the providers publish them (each entry names the page),
// independent of the labelled corpus in test/corpus and of the rules' own examples. Each format
// gives the token shapes the provider documents (`tokens`) and near misses that are not tokens
// of that provider (`wrong`: too short, wrong alphabet, a placeholder). `{{rand:N:CLASS}}` is
// expanded at test time (test/support/fake.ts). Formats that are not distinctive on their own
// (a UUID, 32 hex) are documented with the name they are given: `context` holds that line, with
// {t} for the token; the others are put in neutral lines that name no secret (see the test).

export interface Format {
  family: string;
  /** Where the provider publishes the format. */
  doc: string;
  tokens: string[];
  wrong: string[];
  /** For formats recognised only by the name next to them: the line, {t} standing for the token. */
  context?: string;
}

export const formats: Format[] = [
  {
    family: "aws",
    doc: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids",
    tokens: ["AKIA{{rand:16:upperalnum}}", "ASIA{{rand:16:upperalnum}}"],
    wrong: ["AKIA{{rand:10:upperalnum}}", "AKIAIOSFODNN7EXAMPLE", "AIDA{{rand:16:upperalnum}}"],
  },
  {
    family: "aws-appsync",
    doc: "https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization",
    tokens: ["da2-{{rand:26:loweralnum}}"],
    wrong: ["da2-{{rand:12:loweralnum}}"],
  },
  {
    family: "azure-storage",
    doc: "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string",
    tokens: [
      "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={{rand:86:base64}}==;EndpointSuffix=core.windows.net",
      "{{rand:76:base64}}+ASt{{rand:5:base64}}A==",
    ],
    wrong: ["DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<key>;EndpointSuffix=core.windows.net"],
  },
  {
    family: "azure-sas",
    doc: "https://learn.microsoft.com/azure/storage/common/storage-sas-overview#sas-token",
    tokens: [
      "https://acme.blob.core.windows.net/c/a.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig={{rand:43:alnum}}%3D",
      "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdl&se=2030-01-01T00:00:00Z&sig={{rand:43:alnum}}%3D",
    ],
    wrong: ["sv=2022-11-02&ss=b&srt=o&sp=r&sig=<signature>"],
  },
  {
    family: "azure-keys",
    doc: "https://github.com/microsoft/security-utilities (Microsoft's identifiable key formats)",
    tokens: [
      "{{rand:76:base64}}ACDb{{rand:5:base64}}Q==",
      "{{rand:44:base64url}}AzFu{{rand:5:base64url}}A==",
      "{{rand:42:alnum}}AzSeA{{rand:5:alnum}}",
      "{{rand:33:base64}}+ASbB{{rand:5:base64}}=",
      "{{rand:33:base64}}AzCaC{{rand:5:base64}}=",
      "{{rand:42:base64}}+ACRD{{rand:5:base64}}",
      "{{rand:76:base64}}APIM{{rand:5:base64}}w==",
    ],
    wrong: ["{{rand:76:base64}}ACDc{{rand:5:base64}}Q==", "{{rand:20:alnum}}AzSeA{{rand:5:alnum}}"],
  },
  {
    family: "azure-devops",
    doc: "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
    tokens: ["{{rand:52:alnum}}JQQJ99BA{{rand:16:alnum}}AZDO{{rand:4:alnum}}"],
    wrong: ["{{rand:52:alnum}}"],
  },
  {
    family: "azure-ad",
    doc: "https://learn.microsoft.com/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret",
    tokens: ["{{rand:3:alnum}}8Q~{{rand:34:alnum}}"],
    wrong: ["{{rand:3:alnum}}8Q~{{rand:10:alnum}}"],
  },
  {
    family: "gcp",
    doc: "https://cloud.google.com/docs/authentication/api-keys",
    tokens: ["AIza{{rand:35:base64url}}", "GOCSPX-{{rand:28:base64url}}"],
    wrong: ["AIza{{rand:20:base64url}}", "GOCSPX-{{rand:10:alnum}}"],
  },
  {
    family: "github",
    doc: "https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/",
    tokens: [
      "ghp_{{rand:36:alnum}}",
      "gho_{{rand:36:alnum}}",
      "ghu_{{rand:36:alnum}}",
      "ghs_{{rand:36:alnum}}",
      "ghr_{{rand:36:alnum}}",
      "github_pat_{{rand:22:alnum}}_{{rand:59:alnum}}",
    ],
    wrong: ["ghp_{{rand:10:alnum}}", "ghx_{{rand:36:alnum}}", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  {
    family: "gitlab",
    doc: "https://docs.gitlab.com/ee/security/token_overview.html#token-prefixes",
    tokens: [
      "glpat-{{rand:20:base64url}}",
      "gldt-{{rand:20:base64url}}",
      "glrt-{{rand:20:base64url}}",
      "glptt-{{rand:40:hex}}",
      "GR1348941{{rand:20:base64url}}",
    ],
    wrong: ["glpat-{{rand:8:alnum}}", "glpat-xxxxxxxxxxxxxxxxxxxx"],
  },
  {
    family: "bitbucket",
    doc: "https://support.atlassian.com/bitbucket-cloud/docs/using-app-passwords/ ; Bitbucket Data Center HTTP access tokens",
    tokens: ["ATBB{{rand:32:alnum}}", "BBDC-{{rand:44:alnum}}"],
    wrong: ["BBDC-{{rand:12:alnum}}"],
  },
  {
    family: "atlassian",
    doc: "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
    tokens: ["ATATT3xFfGF0{{rand:180:base64url}}"],
    wrong: ["ATATT3xFfGF0{{rand:20:alnum}}"],
  },
  {
    family: "npm",
    doc: "https://github.blog/2021-09-23-announcing-npms-new-access-token-format/",
    tokens: ["npm_{{rand:36:alnum}}"],
    wrong: ["npm_{{rand:12:alnum}}", "npm_install_{{rand:8:lower}}"],
  },
  {
    family: "pypi",
    doc: "https://pypi.org/help/#apitoken",
    tokens: ["pypi-AgEIcHlwaS5vcmc{{rand:70:base64url}}"],
    wrong: ["pypi-{{rand:12:alnum}}"],
  },
  {
    family: "rubygems",
    doc: "https://guides.rubygems.org/api-key-scopes/",
    tokens: ["rubygems_{{rand:48:hex}}"],
    wrong: ["rubygems_{{rand:20:hex}}"],
  },
  {
    family: "docker-hub",
    doc: "https://docs.docker.com/security/for-developers/access-tokens/",
    tokens: ["dckr_pat_{{rand:27:base64url}}"],
    wrong: ["dckr_pat_{{rand:8:alnum}}"],
  },
  {
    family: "jfrog",
    doc: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
    tokens: ["AKCp{{rand:69:alnum}}", "cmVmdGtuOjAxOjE3{{rand:48:alnum}}"],
    wrong: ["AKCp{{rand:20:alnum}}"],
  },
  {
    family: "slack",
    doc: "https://api.slack.com/authentication/token-types",
    tokens: [
      "xoxb-{{rand:11:digit}}-{{rand:13:digit}}-{{rand:24:alnum}}",
      "xoxp-{{rand:11:digit}}-{{rand:11:digit}}-{{rand:13:digit}}-{{rand:32:hex}}",
      "xapp-1-A{{rand:10:upperalnum}}-{{rand:13:digit}}-{{rand:64:hex}}",
      "https://hooks.slack.com/services/T{{rand:10:upperalnum}}/B{{rand:10:upperalnum}}/{{rand:24:alnum}}",
      "https://hooks.slack.com/workflows/T{{rand:10:upperalnum}}/A{{rand:10:upperalnum}}/{{rand:18:digit}}/{{rand:32:alnum}}",
    ],
    wrong: ["xoxb-{{rand:6:digit}}", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  {
    family: "stripe",
    doc: "https://docs.stripe.com/keys",
    tokens: ["sk_live_{{rand:99:alnum}}", "rk_live_{{rand:99:alnum}}", "whsec_{{rand:32:alnum}}"],
    wrong: ["pk_live_{{rand:99:alnum}}", "sk_live_{{rand:8:alnum}}"],
  },
  {
    family: "square",
    doc: "https://developer.squareup.com/docs/build-basics/access-tokens",
    tokens: ["EAAA{{rand:60:base64url}}", "sq0csp-{{rand:43:base64url}}"],
    wrong: ["sq0idp-{{rand:22:base64url}}"],
  },
  {
    family: "twilio",
    doc: "https://www.twilio.com/docs/iam/api-keys",
    tokens: ["SK{{rand:32:hex}}"],
    wrong: ["SK{{rand:12:hex}}"],
  },
  {
    family: "sendgrid",
    doc: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    tokens: ["SG.{{rand:22:base64url}}.{{rand:43:base64url}}"],
    wrong: ["SG.{{rand:8:alnum}}.{{rand:8:alnum}}"],
  },
  {
    family: "mailchimp",
    doc: "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key",
    tokens: ["{{rand:32:hex}}-us14"],
    wrong: ["{{rand:12:hex}}-us14"],
  },
  {
    family: "brevo",
    doc: "https://developers.brevo.com/docs/getting-started",
    tokens: ["xkeysib-{{rand:64:hex}}-{{rand:16:alnum}}"],
    wrong: ["xkeysib-{{rand:10:hex}}"],
  },
  {
    family: "shopify",
    doc: "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
    tokens: ["shpat_{{rand:32:hex}}", "shpss_{{rand:32:hex}}", "shpca_{{rand:32:hex}}"],
    wrong: ["shpat_{{rand:12:hex}}"],
  },
  {
    family: "openai",
    doc: "https://platform.openai.com/docs/api-reference/authentication",
    tokens: ["sk-proj-{{rand:58:base64url}}T3BlbkFJ{{rand:58:base64url}}"],
    wrong: ["sk-proj-{{rand:8:alnum}}"],
  },
  {
    family: "anthropic",
    doc: "https://docs.anthropic.com/en/api/getting-started",
    tokens: ["sk-ant-api03-{{rand:93:base64url}}AA"],
    wrong: ["sk-ant-api03-{{rand:10:alnum}}"],
  },
  {
    family: "huggingface",
    doc: "https://huggingface.co/docs/hub/security-tokens",
    tokens: ["hf_{{rand:34:alnum}}"],
    wrong: ["hf_{{rand:8:alnum}}"],
  },
  {
    family: "ai-misc",
    doc: "https://console.groq.com/docs/quickstart ; https://docs.perplexity.ai/guides/getting-started ; https://replicate.com/docs/topics/security/api-tokens ; https://openrouter.ai/docs/api-reference/authentication",
    tokens: ["gsk_{{rand:52:alnum}}", "pplx-{{rand:48:alnum}}", "r8_{{rand:37:alnum}}", "sk-or-v1-{{rand:64:hex}}"],
    wrong: ["gsk_{{rand:10:alnum}}", "sk-or-v1-{{rand:10:hex}}"],
  },
  {
    family: "digitalocean",
    doc: "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    tokens: ["dop_v1_{{rand:64:hex}}", "doo_v1_{{rand:64:hex}}"],
    wrong: ["dop_v1_{{rand:20:hex}}"],
  },
  {
    family: "hashicorp",
    doc: "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes ; https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
    tokens: ["hvs.{{rand:24:base64url}}", "{{rand:14:alnum}}.atlasv1.{{rand:67:base64url}}"],
    wrong: ["hvs.{{rand:6:alnum}}"],
  },
  {
    family: "doppler",
    doc: "https://docs.doppler.com/reference/auth-token-formats",
    tokens: ["dp.pt.{{rand:43:alnum}}", "dp.st.prd.{{rand:43:alnum}}", "dp.sa.{{rand:43:alnum}}"],
    wrong: ["dp.pt.{{rand:10:alnum}}"],
  },
  {
    family: "databricks",
    doc: "https://docs.databricks.com/en/dev-tools/auth/pat.html",
    tokens: ["dapi{{rand:32:hex}}"],
    wrong: ["dapi{{rand:12:hex}}"],
  },
  {
    family: "grafana",
    doc: "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
    tokens: ["glsa_{{rand:32:alnum}}_{{rand:8:hex}}", "glc_{{rand:80:base64}}"],
    wrong: ["glsa_{{rand:10:alnum}}"],
  },
  {
    family: "new-relic",
    doc: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
    tokens: ["NRAK-{{rand:27:upperalnum}}"],
    wrong: ["NRAK-{{rand:10:upperalnum}}"],
  },
  {
    family: "sentry",
    doc: "https://docs.sentry.io/account/auth-tokens/",
    tokens: ["sntrys_eyJ{{rand:150:base64}}_{{rand:43:base64}}", "sntryu_{{rand:64:hex}}"],
    wrong: ["sntryu_{{rand:10:hex}}"],
  },
  {
    family: "postman",
    doc: "https://learning.postman.com/docs/developer/postman-api/authentication/",
    tokens: ["PMAK-{{rand:24:hex}}-{{rand:34:hex}}"],
    wrong: ["PMAK-{{rand:10:hex}}"],
  },
  {
    family: "linear",
    doc: "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys",
    tokens: ["lin_api_{{rand:40:alnum}}"],
    wrong: ["lin_api_{{rand:10:alnum}}"],
  },
  {
    family: "notion",
    doc: "https://developers.notion.com/docs/authorization",
    tokens: ["ntn_{{rand:11:digit}}{{rand:35:alnum}}"],
    wrong: ["ntn_{{rand:10:alnum}}"],
  },
  {
    family: "planetscale",
    doc: "https://planetscale.com/docs/concepts/service-tokens",
    tokens: ["pscale_tkn_{{rand:43:base64url}}", "pscale_pw_{{rand:43:base64url}}"],
    wrong: ["pscale_tkn_{{rand:10:alnum}}"],
  },
  {
    family: "supabase",
    doc: "https://supabase.com/docs/guides/api/api-keys",
    tokens: ["sbp_{{rand:40:hex}}", "sb_secret_{{rand:22:base64url}}_{{rand:8:alnum}}"],
    wrong: ["sbp_{{rand:10:hex}}", "sb_publishable_{{rand:22:base64url}}_{{rand:8:alnum}}"],
  },
  {
    family: "flyio",
    doc: "https://fly.io/docs/security/tokens/",
    tokens: ["fo1_{{rand:43:base64url}}", "fm2_{{rand:120:base64}}"],
    wrong: ["fo1_{{rand:10:alnum}}"],
  },
  {
    family: "heroku",
    doc: "https://devcenter.heroku.com/articles/authentication",
    tokens: ["HRKU-AA{{rand:58:base64url}}"],
    wrong: ["HRKU-AA{{rand:10:alnum}}"],
  },
  {
    family: "pulumi",
    doc: "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
    tokens: ["pul-{{rand:40:hex}}"],
    wrong: ["pul-{{rand:10:hex}}"],
  },
  {
    family: "dynatrace",
    doc: "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens",
    tokens: ["dt0c01.{{rand:24:upperalnum}}.{{rand:64:upperalnum}}"],
    wrong: ["dt0c01.{{rand:8:upperalnum}}"],
  },
  {
    family: "age",
    doc: "https://age-encryption.org/v1",
    tokens: ["AGE-SECRET-KEY-1{{rand:58:upperalnum}}"],
    wrong: ["AGE-SECRET-KEY-1{{rand:10:upperalnum}}"],
  },
  {
    family: "shippo",
    doc: "https://docs.goshippo.com/docs/guides_general/authentication/",
    tokens: ["shippo_live_{{rand:40:hex}}", "shippo_test_{{rand:40:hex}}"],
    wrong: ["shippo_live_{{rand:12:hex}}"],
  },
  {
    family: "easypost",
    doc: "https://docs.easypost.com/docs/authentication",
    tokens: ["EZAK{{rand:54:alnum}}", "EZTK{{rand:54:alnum}}"],
    wrong: ["EZAK{{rand:10:alnum}}"],
  },
  {
    family: "duffel",
    doc: "https://duffel.com/docs/api/overview/making-requests/authentication",
    tokens: ["duffel_live_{{rand:43:base64url}}", "duffel_test_{{rand:43:base64url}}"],
    wrong: ["duffel_test_{{rand:10:alnum}}"],
  },
  {
    family: "buildkite",
    doc: "https://buildkite.com/docs/apis/managing-api-tokens",
    tokens: ["bkua_{{rand:40:hex}}"],
    wrong: ["bkua_{{rand:12:hex}}"],
  },
  {
    family: "circleci",
    doc: "https://circleci.com/docs/managing-api-tokens/",
    tokens: ["CCIPAT_{{rand:22:alnum}}_{{rand:40:hex}}"],
    wrong: ["CCIPAT_{{rand:10:alnum}}"],
  },
  {
    family: "sonar",
    doc: "https://docs.sonarsource.com/sonarqube/latest/user-guide/managing-tokens/",
    tokens: ["squ_{{rand:40:hex}}", "sqp_{{rand:40:hex}}", "sqa_{{rand:40:hex}}"],
    wrong: ["squ_{{rand:12:hex}}"],
  },
  {
    family: "tailscale",
    doc: "https://tailscale.com/kb/1085/auth-keys",
    tokens: [
      "tskey-auth-k{{rand:10:alnum}}CNTRL-{{rand:33:alnum}}",
      "tskey-api-k{{rand:10:alnum}}CNTRL-{{rand:33:alnum}}",
    ],
    wrong: ["tskey-auth-{{rand:5:alnum}}"],
  },
  {
    family: "figma",
    doc: "https://www.figma.com/developers/api#access-tokens",
    tokens: ["figd_{{rand:40:base64url}}"],
    wrong: ["figd_{{rand:10:alnum}}"],
  },
  {
    family: "airtable",
    doc: "https://airtable.com/developers/web/guides/personal-access-tokens",
    tokens: ["pat{{rand:14:alnum}}.{{rand:64:hex}}"],
    wrong: ["pat{{rand:14:alnum}}"],
  },
  {
    family: "typeform",
    doc: "https://www.typeform.com/developers/get-started/personal-access-token/",
    tokens: ["tfp_{{rand:44:alnum}}_{{rand:14:alnum}}"],
    wrong: ["tfp_{{rand:10:alnum}}"],
  },
  {
    family: "1password",
    doc: "https://support.1password.com/secret-key/ ; https://developer.1password.com/docs/service-accounts/",
    tokens: [
      "A3-{{rand:6:upperalnum}}-{{rand:6:upperalnum}}-{{rand:5:upperalnum}}-{{rand:5:upperalnum}}-{{rand:5:upperalnum}}-{{rand:5:upperalnum}}",
      "ops_eyJ{{rand:300:base64}}",
    ],
    wrong: ["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX"],
  },
  {
    family: "sidekiq",
    doc: "https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro (gem server credentials)",
    tokens: ["https://{{rand:8:hex}}:{{rand:8:hex}}@gems.contribsys.com/"],
    wrong: ["https://gems.contribsys.com/"],
  },
  {
    family: "jwt",
    doc: "https://datatracker.ietf.org/doc/html/rfc7519#section-3.1",
    tokens: ["eyJ{{rand:30:base64url}}.eyJ{{rand:120:base64url}}.{{rand:43:base64url}}"],
    wrong: ["eyJ{{rand:30:base64url}}.eyJ{{rand:60:base64url}}."],
  },
  {
    family: "akamai",
    doc: "https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials",
    tokens: ["akab-{{rand:16:loweralnum}}-{{rand:16:loweralnum}}"],
    wrong: ["akab-{{rand:8:loweralnum}}"],
  },
  {
    family: "salesforce",
    doc: "https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm",
    tokens: ["00D{{rand:15:alnum}}!AQ4AQ{{rand:96:alnum}}"],
    wrong: ["00D{{rand:15:alnum}}"],
  },
  {
    family: "intercom",
    doc: "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication",
    tokens: ["dG9rOj{{rand:54:base64}}="],
    wrong: ["dG9rOj{{rand:10:base64}}"],
  },
  {
    family: "zapier",
    doc: "https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks",
    tokens: ["https://hooks.zapier.com/hooks/catch/{{rand:7:digit}}/{{rand:6:loweralnum}}/"],
    wrong: ["https://hooks.zapier.com/hooks/catch/"],
  },
  // Formats recognised by the name next to them.
  {
    family: "snyk",
    doc: "https://docs.snyk.io/snyk-api/authentication-for-api",
    context: "SNYK_TOKEN={t}",
    tokens: ["{{rand:8:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:4:hex}}-{{rand:12:hex}}"],
    wrong: ["${{ secrets.SNYK_TOKEN }}"],
  },
  {
    family: "ibm-cloud",
    doc: "https://cloud.ibm.com/docs/account?topic=account-userapikey",
    context: "IBMCLOUD_API_KEY={t}",
    tokens: ["{{rand:44:base64url}}"],
    wrong: ["$IBMCLOUD_API_KEY"],
  },
  {
    family: "ibm-cos-hmac",
    doc: "https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main",
    context: '"cos_hmac_keys": {"access_key_id": "{{rand:32:hex}}", "secret_access_key": "{t}"}',
    tokens: ["{{rand:48:hex}}"],
    wrong: ["<secret_access_key>"],
  },
  {
    family: "messagebird",
    doc: "https://developers.messagebird.com/api/#authentication",
    context: "MESSAGEBIRD_ACCESS_KEY={t}",
    tokens: ["{{rand:25:alnum}}", "live_{{rand:25:alnum}}"],
    wrong: ["your-access-key"],
  },
  {
    family: "sumologic",
    doc: "https://help.sumologic.com/docs/manage/security/access-keys/",
    context: "SUMO_ACCESS_KEY={t}",
    tokens: ["{{rand:64:alnum}}"],
    wrong: ["${SUMO_ACCESS_KEY}"],
  },
  {
    family: "azure-search",
    doc: "https://learn.microsoft.com/azure/search/search-security-api-keys",
    context: "AZURE_SEARCH_ADMIN_KEY={t}",
    tokens: ["{{rand:32:HEX}}", "{{rand:42:alnum}}AzSeB{{rand:5:alnum}}"],
    wrong: ["<admin-key>"],
  },
  {
    family: "github-oauth-app",
    doc: "https://docs.github.com/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
    context: "GITHUB_CLIENT_SECRET={t}",
    tokens: ["{{rand:40:hex}}"],
    wrong: ["${GITHUB_CLIENT_SECRET}"],
  },
  {
    family: "atlassian-dc",
    doc: "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html",
    context: "JIRA_PAT={t}",
    tokens: ["N{{rand:43:base64}}", "M{{rand:43:base64}}"],
    wrong: ["${JIRA_PAT}"],
  },
  {
    family: "rails",
    doc: "https://guides.rubyonrails.org/security.html#custom-credentials",
    context: "RAILS_MASTER_KEY={t}",
    tokens: ["{{rand:32:hex}}"],
    wrong: ["${RAILS_MASTER_KEY}"],
  },
];
