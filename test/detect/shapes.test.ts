// The shapes behind false alarms and misses seen on public code (issue 13), each as a pair: the
// false case must go, the true case next to it must stay. Secrets are built at runtime.
import { describe, expect, it } from "vitest";
import { loadRuleDir } from "../../src/rules/load.js";
import { createDetector } from "../../src/detect/detect.js";
import { expand, rng } from "../support/fake.js";

const detector = createDetector(loadRuleDir());

/** Rule ids reported on a text, with {{rand:N:CLASS}} expanded from a fixed seed. */
function found(path: string, text: string, seed = 7): string[] {
  return detector.detect({ path, text: expand(text, rng(seed)), startLine: 1 }).map((f) => f.ruleId);
}

interface Pair {
  shape: string;
  path: string;
  /** Must not be reported. */
  no: string;
  /** Must be reported, by `rule` when given. */
  yes: string;
  rule?: string;
  /** Path of the true case, when it differs. */
  yesPath?: string;
}

const FALSE_ALARMS: Pair[] = [
  // a secret-ish word inside a longer word or prose
  {
    shape: "prose: passing :ref:",
    path: "docs/topics/auth.txt",
    no: "Set ``LOGIN_URL`` before passing :ref:`topics-auth-default-permissions` to the view.",
    yes: "password: {{rand:18:alnum}}",
  },
  {
    shape: "prose: Never pass :data:",
    path: "docs/ref/signing.txt",
    no: "Never pass :data:`settings.SECRET_KEY` to untrusted code.",
    yes: "SECRET_KEY = '{{rand:50:django}}'",
    rule: "django-secret-key",
  },
  {
    shape: "tox passenv",
    path: "tox.ini",
    no: "passenv = HOME,PATH,DJANGO_SETTINGS_MODULE,PYTHONPATH",
    yes: "db_pass = {{rand:16:alnum}}",
    rule: "generic-password",
  },
  {
    shape: "CSS pseudo-element after a password selector",
    path: "static/admin/css/forms.css",
    no: 'input[type="password"]::-ms-clear, input[type="password"]::-ms-reveal { display: none; }',
    yes: "password: {{rand:18:alnum}}",
    yesPath: "config/app.yml",
  },
  {
    shape: "label markup",
    path: "templates/registration/login.html",
    no: '<label for="id_password">Password:</label> <input type="password" name="password" id="id_password">',
    yes: '<input type="hidden" name="api_token" value="{{rand:40:alnum}}">',
  },
  // code taken as the value
  {
    shape: "SECRET_KEY read from a file",
    path: "mysite/settings.py",
    no: "with open('/etc/secret_key.txt') as f:\n    SECRET_KEY = f.read().strip()",
    yes: "SECRET_KEY = '{{rand:50:django}}'",
    rule: "django-secret-key",
  },
  {
    shape: "a password read from request data",
    path: "accounts/views.py",
    no: "password = data['password']\nuser.set_password(request.POST['new_password'])",
    yes: "password = '{{rand:16:alnum}}'",
    rule: "generic-password",
  },
  {
    shape: "Ruby interpolation",
    path: "app/mailers/user_mailer.rb",
    no: 'url = "https://shop.acme.io/reset?token=#{@user.reset_token}&id=#{@user.id}"',
    yes: "config.api_token = '{{rand:40:alnum}}'",
  },
  {
    shape: "ERB / Ruby attribute read",
    path: "app/views/user_mailer/reset.json.erb",
    no: "reset_token: @obj.reset_token,\nauth_token: <%= @user.auth_token %>",
    yes: "reset_token: {{rand:40:alnum}}",
    yesPath: "config/secrets.yml",
  },
  {
    shape: "a generator, not a key",
    path: ".env",
    no: `DJANGO_SECRET_KEY="$(python3 -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())')"`,
    yes: "DJANGO_SECRET_KEY={{rand:50:django}}",
    rule: "django-secret-key",
  },
  {
    shape: "a Docker secret's path",
    path: "docker-compose.yml",
    no: "    environment:\n      SECRET_KEY: /run/secrets/django_secret_key",
    yes: "    environment:\n      SECRET_KEY: {{rand:50:django}}",
    rule: "django-secret-key",
  },
  // identifiers under a secret-ish name
  {
    shape: "Django migration dependency",
    path: "accounts/migrations/0003_auto.py",
    no: '    dependencies = [\n        ("token_blacklist", "0002_outstandingtoken_jti_hex"),\n    ]',
    yes: '    API_TOKEN = "{{rand:32:alnum}}"',
    yesPath: "accounts/client.py",
  },
  {
    shape: "a namespaced identifier",
    path: "myapp/settings.py",
    no: 'token_audience = "custom:payments_service"\nSIMPLE_JWT_AUDIENCE = "custom:api"',
    yes: 'signing_token = "{{rand:32:alnum}}"',
  },
  {
    shape: "PascalCase with an acronym",
    path: "vendor/lexer.js",
    no: 'lastSignificantToken = "?InterpolationInJSX";',
    yes: 'const apiToken = "{{rand:40:alnum}}";',
  },
  {
    shape: "a path into data (paginator config)",
    path: "botocore/data/cloudfront/paginators-1.json",
    no: '        "output_token": "DistributionList.NextMarker",\n        "output_token": "StreamDescription.Shards[-1].ShardId",',
    yes: '        "secret_token": "{{rand:40:alnum}}",',
  },
  {
    shape: "markup in API documentation",
    path: "botocore/data/secretsmanager/service-2.json",
    no: '"documentation":"<p>Retrieves a secret. <b>Required permissions: </b> <code>secretsmanager:GetSecretValue</code>.</p>"',
    yes: '"client_secret": "{{rand:40:alnum}}"',
  },
  {
    shape: "a timestamp under a password name",
    path: "iam/examples.json",
    no: '"PasswordLastUsed": "2016-09-08T21:47:36Z",',
    yes: '"Password": "{{rand:16:alnum}}",',
  },
  // minified or vendored code
  {
    shape: "minified jQuery",
    path: "static/vendor/jquery.min.js",
    no: 'password:function(a){return"password"===a.type},reset:function(a){return"reset"===a.type}',
    yes: 'var apiKey="{{rand:40:alnum}}";',
  },
  {
    shape: "minified parser messages",
    path: "dist/plugins/babel.js",
    no: "UnexpectedToken:({expected:a,unexpected:e})=>`Unexpected token${e?` '${e}'.`:\"\"}`,PipeTopicUnconfiguredToken:({token:a})=>`Invalid topic token ${a}.`",
    yes: 'const accessToken="{{rand:40:alnum}}";',
  },
  {
    shape: "minified comparison",
    path: "dist/typescript.js",
    no: 'function $v(e){return gv(e)&&e.keywordToken===102&&e.name.escapedText==="meta"}',
    yes: 'const keywordToken="{{rand:40:alnum}}";',
  },
  {
    shape: "a type annotation",
    path: "node/index.js.flow",
    no: "  <Name>(Name) => (token: FindByType<Token, Name>) => TokenReturnValue",
    yes: "  token: '{{rand:40:alnum}}',",
    yesPath: "config/app.yml",
  },
  {
    shape: "a minified bundle whose quote count is thrown off (mongoose's browser build)",
    path: "dist/browser.umd.js",
    // a regex literal holding a quote makes the quotes before the value odd in number
    no: 'var q=/"/g;this.key("priv_key").int())}));e.DSAPrivateKey=f,e.DSAparam=n.define("DSAparam",(function(){this.int()}));',
    yes: 'e.DSAPrivateKey="{{rand:40:alnum}}";',
  },
  // seen in histories: npm versions of popular packages committed in order (bench/versions.mjs)
  {
    shape: "a ctags index repeating a test file's line",
    path: "tags",
    no: "TEST_AUTH_KEY\ttest/resources/Account.spec.js\t/^var TEST_AUTH_KEY = '{{rand:32:alnum}}';$/;\"\tv",
    yes: "var TEST_AUTH_KEY = '{{rand:32:alnum}}';",
    yesPath: "lib/account.js",
  },
  {
    shape: "a password named for what goes there, in a doc comment's URL",
    path: "lib/connection.js",
    no: " *     mongoose.createConnection('mongodb://val:psw@localhost:27017/mydb').user; // \"val\"",
    yes: " *     mongoose.createConnection('mongodb://val:{{rand:16:alnum}}@localhost:27017/mydb')",
  },
  {
    shape: "a test database's password named for the test",
    path: "scripts/docker-compose.yml",
    no: "      - 'until psql postgres://testuser:knextest@postgres/knex_test -c \"SELECT 1\"; do sleep 5; done'",
    yes: "      - DATABASE_URL=postgres://knex:{{rand:16:alnum}}@postgres/knex",
  },
  {
    shape: "a UUID named for a request or an action is not a credential; one named for a token is",
    path: "botocore/data/autoscaling/examples-1.json",
    no: '          "LifecycleActionToken": "{{rand:8:hex}}-{{rand:4:hex}}-4{{rand:3:hex}}-a{{rand:3:hex}}-{{rand:12:hex}}",',
    yes: "NPM_TOKEN={{rand:8:hex}}-{{rand:4:hex}}-4{{rand:3:hex}}-a{{rand:3:hex}}-{{rand:12:hex}}",
    yesPath: ".env",
  },
  {
    shape: "a key in a URL's query is a key; a word is not",
    path: "scripts/geocode.sh",
    no: "curl 'https://shop.example.com/search?q=shoes&key=summer-sale-2024'",
    yes: "curl 'https://maps.example.com/api/geocode?address=Paris&key={{rand:32:alnum}}'",
  },
  {
    shape: "an ActionScript type annotation (a vendored Flash library)",
    path: "vendor/web-socket-js/flash-src/com/hurlant/crypto/tls/ISecurityParameters.as",
    no: "\t\tfunction setPreMasterSecret(secret:ByteArray):void;",
    yes: '\t\tprivate var apiSecret:String = "{{rand:40:alnum}}";',
  },
  {
    shape: "code in a source map's sourcesContent (one line of many kilobytes)",
    path: "dist/lib/dialects/mysql/query-generator.js.map",
    no:
      '{"version":3,"sourcesContent":["' +
      "      hasJsonFunction = true;\\n".repeat(200) +
      '      if (tokenMatches) {\\n        const capturedToken = tokenMatches[1];\\n"]}',
    yes:
      '{"version":3,"sourcesContent":["' +
      "      hasJsonFunction = true;\\n".repeat(200) +
      'const capturedToken = \\"{{rand:40:alnum}}\\";\\n"]}',
  },
  // seen in a Rails application (Debian's redmine)
  {
    shape: "UI text in a translation catalogue",
    path: "config/locales/pt.yml",
    no: "  notice_account_wrong_password: Palavra-chave errada.\n  setting_lost_password: ¿Olvidaste la contraseña?",
    yes: "  smtp_password: {{rand:18:alnum}}",
    yesPath: "config/configuration.yml",
  },
  {
    shape: "an identifier made from the name it is assigned to",
    path: "app/models/user_import.rb",
    no: "    'must_change_passwd' => 'field_must_change_passwd',",
    yes: "    'smtp_passwd' => '{{rand:18:alnum}}',",
  },
  // seen in Debian's ansible-core and django-allauth
  {
    shape: "a printf-style template under a token name",
    path: "ansible/vars/manager.py",
    no: "        self._omit_token = '__omit_place_holder__%s' % sha1(os.urandom(64)).hexdigest()",
    yes: "        self._omit_token = '{{rand:40:alnum}}'",
  },
  {
    shape: "a typed run of characters in an example error",
    path: "allauth/socialaccount/providers/battlenet/views.py",
    no: '        #   "error_description": "Invalid access token: abcdef123456"',
    yes: '        #   "error_description": "Invalid access token: {{rand:32:alnum}}"',
  },
  // framework rules outside their framework
  {
    shape: "flask-secret-key on a webhook object",
    path: "payments/hooks.py",
    no: 'webhook.secret_key = "{{rand:32:alnum}}"',
    yes: 'from flask import Flask\napp = Flask(__name__)\napp.secret_key = "{{rand:32:alnum}}"',
    rule: "flask-secret-key",
  },
];

describe("false alarms go, the true case next to each stays", () => {
  it.each(FALSE_ALARMS.map((p) => [p.shape, p] as const))("%s", (_shape, p) => {
    for (const seed of [1, 2, 3]) {
      const noRules = found(p.path, p.no, seed);
      if (p.shape.startsWith("flask-secret-key")) expect(noRules).not.toContain("flask-secret-key");
      else expect(noRules, p.no).toEqual([]);
      const yesRules = found(p.yesPath ?? p.path, p.yes, seed);
      if (p.rule) expect(yesRules, p.yes).toContain(p.rule);
      else expect(yesRules.length, p.yes).toBeGreaterThan(0);
    }
  });

  it("a SECRET_KEY in a Flask project's docs is Flask's, not Django's; in a Django settings module it is Django's", () => {
    const doc = "Set it in the config of your Flask(__name__) app:\n\n    SECRET_KEY = '{{rand:64:hex}}'\n";
    expect(found("docs/config.rst", doc)).toEqual(["flask-secret-key"]);
    expect(found("mysite/settings.py", "INSTALLED_APPS = []\nSECRET_KEY = '{{rand:50:django}}'\n")).toEqual([
      "django-secret-key",
    ]);
  });
});

describe("misses", () => {
  it("short human passwords in Django settings are judged by name and file, with defaults and placeholders as negatives", () => {
    const databases = (pw: string) =>
      `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'PASSWORD': '${pw}',\n    }\n}\n`;
    expect(found("shop/settings.py", databases("Shop{{rand:4:digit}}!"))).toEqual(["django-password-setting"]);
    expect(found("shop/settings.py", databases("{{rand:7:lower}}"))).toEqual(["django-password-setting"]);
    expect(found("shop/settings.py", "EMAIL_HOST_PASSWORD = '{{rand:8:lower}}'\n")).toEqual([
      "django-password-setting",
    ]);
    for (const pw of ["postgres", "password", "", "changeme", "root", "mypassword", "secret"])
      expect(found("shop/settings.py", databases(pw)), pw).toEqual([]);
    // The same dict key outside settings (an API payload) needs more than the name.
    expect(found("api/client.py", "payload = {'PASSWORD': '{{rand:7:lower}}'}\n")).toEqual([]);
  });

  it("a chosen password under the entropy bar is still a password", () => {
    const chosen = ["Shop", "2023", "!"].join(""); // whole, this line would be a finding itself
    expect(found("cache.py", `r = redis.Redis(host="cache", password="${chosen}")`)).toEqual(["generic-password"]);
    expect(found(".env", "DB_PASSWORD=Summer{{rand:2:digit}}#x")).toEqual(["generic-password"]);
    expect(found(".env", "DB_PASSWORD=password1")).toEqual([]);
  });

  it("FIELD_ENCRYPTION_KEY and FERNET_KEY are keys; a form field's name is not", () => {
    expect(found("settings.py", "FIELD_ENCRYPTION_KEY = '{{rand:43:base64url}}='")).toEqual(["generic-secret"]);
    expect(found("settings.py", "FERNET_KEY = '{{rand:43:base64url}}='")).toEqual(["generic-secret"]);
    expect(found("forms.py", "token_field = 'api_token_value_field'")).toEqual([]);
  });

  it("a random password next to an RFC 2606 host is judged on the password, not the host", () => {
    expect(found(".env", "DATABASE_URL=postgres://app:{{rand:20:alnum}}@db.internal.example/app")).toEqual([
      "postgres-url-password",
    ]);
    expect(found(".env", "DATABASE_URL=mysql://shop:{{rand:16:alnum}}@db.example.com/shop")).toEqual([
      "mysql-url-password",
    ]);
    expect(found(".env", "DATABASE_URL=postgres://app:secret@db.example.com/app")).toEqual([]);
    expect(found("docs/db.py", 'create_engine("oracle+cx_oracle://scott:tiger@hostname:1521/dbname")')).toEqual([]);
  });

  it("credentials passed positionally or by keyword", () => {
    expect(found("notify.py", 'client = Client("AC{{rand:32:hex}}", "{{rand:32:hex}}")')).toEqual([
      "twilio-auth-token",
    ]);
    expect(found("api.py", 'auth = HTTPBasicAuth("admin", "{{rand:14:alnum}}")')).toEqual(["generic-password"]);
    expect(found("cache.py", 'r = Redis(host="cache", password="{{rand:16:alnum}}")')).toEqual(["generic-password"]);
    expect(found("mail.py", 'server.login("noreply@acme.io", "{{rand:16:alnum}}")')).toEqual(["generic-password"]);
    expect(found("Db.java", 'DriverManager.getConnection(url, "app", "{{rand:14:alnum}}");')).toEqual([
      "generic-password",
    ]);
    expect(found("mail.py", "server.login(user, password)")).toEqual([]);
    expect(found("api.py", "auth = HTTPBasicAuth(user, os.environ['API_PASSWORD'])")).toEqual([]);
  });
});
