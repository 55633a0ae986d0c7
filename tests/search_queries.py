"""Search queries a learner types, each with the page that must come first: the site's search set.

Written before any tuning of the search ranking, without running the site's search or looking at
its results: each query comes from what a learner preparing for the AWS Security Specialty exam
(SCS-C03) would type, and its page is the one the whole query is about, judged from the pages'
content. The queries come from exam-question stems, the practice questions of the pages, glossary
terms, service features, and multi-word queries that mix a topic with a term that has its own page
("sse-kms replication" is about S3 replication, not server-side encryption). Queries are written
lower-case as typed; the 45 kept from the earlier table in tests/test_search.py keep their case, and
the comments say which of them now expect a different page, since the KMS and storage pages exist.

Sixty-four later batches at the end were written as held-out checks: each was run once before any
change it could have guided, so its first figures say how the ranking does on queries it was not tuned
to.

`make bench` reports top-1, top-3 and mean reciprocal rank (MRR) over all of QUERIES; the tests
run SUBSET, a fixed sample that represents every page and every kind of query, chosen by what each
query stands for, not by how hard it is.

Pages are site-relative URLs, as MkDocs writes them ("" is the home page).
"""

HOME = ""
DATA_PROTECTION = "data-protection/"
KMS = "data-protection/kms/"
IN_FLIGHT = "data-protection/encryption-in-flight/"
SERVER_SIDE = "data-protection/server-side-encryption/"
CLIENT_SIDE = "data-protection/client-side-encryption/"
STORAGE = "data-protection/storage-encryption/"
S3_REPLICATION = "data-protection/s3-replication-encryption/"
AMIS = "data-protection/sharing-encrypted-amis/"
SECRETS = "data-protection/secrets-management/"
THREAT_DETECTION = "threat-detection/"
GUARDDUTY = "threat-detection/guardduty/"
INSPECTOR = "threat-detection/inspector/"
MACIE = "threat-detection/macie/"
EDGE = "edge-and-governance/"
FIREWALL_MANAGER = "edge-and-governance/firewall-manager/"
API_GATEWAY_ACM = "edge-and-governance/api-gateway-acm/"
EXAM_MAP = "exam-map/"
PRACTICE = "practice/"
CHEAT_SHEET = "cheat-sheet/"
GLOSSARY = "glossary/"

QUERIES: list[tuple[str, str]] = [
    # --- Acronyms and exact terms: what a learner copies out of a question or an answer -------
    ("PII", MACIE),
    ("CVE", INSPECTOR),
    ("ACM", API_GATEWAY_ACM),
    ("SSE-KMS", SERVER_SIDE),
    ("SSE-C", SERVER_SIDE),
    ("DSSE-KMS", SERVER_SIDE),
    ("SSE-S3", SERVER_SIDE),
    ("TLS", IN_FLIGHT),
    ("ALB", IN_FLIGHT),
    ("CRR", S3_REPLICATION),
    ("WAF", FIREWALL_MANAGER),
    ("SecureString", SECRETS),
    ("BitcoinTool", GUARDDUTY),
    # Moved from sharing-encrypted-amis: aws/ebs is the default key of EBS encryption, which the
    # storage encryption page covers; the AMI page keeps "aws/ebs ami sharing" below.
    ("aws/ebs", STORAGE),
    ("kms", KMS),
    ("cmk", KMS),
    ("xks", KMS),
    ("cloudhsm", KMS),
    ("mitm", IN_FLIGHT),
    ("ssl", IN_FLIGHT),
    ("nlb", IN_FLIGHT),
    ("aws/s3", SERVER_SIDE),
    ("aes-256", SERVER_SIDE),
    ("ebs", STORAGE),
    ("efs", STORAGE),
    ("rtc", S3_REPLICATION),
    ("srr", S3_REPLICATION),
    ("aws/ssm", SECRETS),
    ("secrets manager", SECRETS),
    ("cspm", THREAT_DETECTION),
    ("pci dss", THREAT_DETECTION),
    ("cryptocurrency:ec2/bitcointool.b!dns", GUARDDUTY),
    ("trojan:ec2/dnsdataexfiltration", GUARDDUTY),
    ("recon:ec2/portprobeunprotectedport", GUARDDUTY),
    ("cvss", INSPECTOR),
    ("epss", INSPECTOR),
    ("sbom", INSPECTOR),
    ("ecr", INSPECTOR),
    ("sensitivedata:s3object/personal", MACIE),
    ("policy:iamuser/s3bucketpublic", MACIE),
    ("nacl", FIREWALL_MANAGER),
    # --- API actions, permissions, condition keys and request settings -------------------------
    # Moved from s3-replication-encryption: kms:Decrypt is a KMS permission that five pages use,
    # and the KMS page explains who may call it (key policies, IAM policies and grants).
    ("kms:Decrypt", KMS),
    ("CreateGrant", AMIS),
    ("ModifyImageAttribute", AMIS),
    ("GenerateDataKey", CLIENT_SIDE),
    ("aws:SecureTransport", IN_FLIGHT),
    ("kms:viaservice", KMS),
    ("kms:encryptioncontext condition key", KMS),
    ("schedulekeydeletion", KMS),
    ("enablekeyrotation", KMS),
    ("s3:tlsversion", IN_FLIGHT),
    ("s3:x-amz-server-side-encryption", SERVER_SIDE),
    ("x-amz-server-side-encryption-aws-kms-key-id", SERVER_SIDE),
    ("blockedencryptiontypes", SERVER_SIDE),
    ("generatedatakeywithoutplaintext", CLIENT_SIDE),
    ("enableebsencryptionbydefault", STORAGE),
    ("copysnapshot", STORAGE),
    ("copydbsnapshot", STORAGE),
    ("modifysnapshotattribute", STORAGE),
    ("ssekmsencryptedobjects", S3_REPLICATION),
    ("replicakmskeyid", S3_REPLICATION),
    ("s3:getobjectversionforreplication", S3_REPLICATION),
    ("s3:objectowneroverridetobucketowner", S3_REPLICATION),
    ("kms:encrypt on the destination key", S3_REPLICATION),
    ("kms:grantisforawsresource", AMIS),
    ("kms:reencrypt", AMIS),
    ("copyimage", AMIS),
    ("modify-image-attribute", AMIS),
    ("secretsmanager:getsecretvalue", SECRETS),
    ("managemasteruserpassword", SECRETS),
    ("aws.guardduty", GUARDDUTY),
    # --- Service features ----------------------------------------------------------------------
    ("Parameter Store", SECRETS),
    ("VPC Flow Logs", GUARDDUTY),
    ("DNS logs", GUARDDUTY),
    ("Runtime Monitoring", GUARDDUTY),
    ("envelope encryption", CLIENT_SIDE),
    ("edge-optimized", API_GATEWAY_ACM),
    ("network ACL", FIREWALL_MANAGER),
    ("Shield Advanced", FIREWALL_MANAGER),
    ("launch permission", AMIS),
    # Moved from s3-replication-encryption: the KMS page covers multi-Region keys; only a query that
    # also says replication belongs to the replication page ("multi-region keys s3 replication").
    ("multi-Region keys", KMS),
    ("GuardDuty", GUARDDUTY),
    ("Inspector", INSPECTOR),
    ("Macie", MACIE),
    ("Firewall Manager", FIREWALL_MANAGER),
    ("Security Hub", THREAT_DETECTION),
    ("key policy", KMS),
    ("kms grants", KMS),
    ("automatic key rotation", KMS),
    ("imported key material", KMS),
    ("custom key store", KMS),
    ("external key store", KMS),
    ("aws owned keys", KMS),
    ("customer managed key vs aws managed key", KMS),
    ("symmetric and asymmetric kms keys", KMS),
    ("kms request quota throttling", KMS),
    ("acm certificate renewal", IN_FLIGHT),
    ("tls 1.3", IN_FLIGHT),
    ("self-signed certificate", IN_FLIGHT),
    ("cloudfront viewer protocol policy", IN_FLIGHT),
    ("s3 bucket keys", SERVER_SIDE),
    ("s3 default encryption", SERVER_SIDE),
    ("dual-layer server-side encryption", SERVER_SIDE),
    ("s3 encryption client", CLIENT_SIDE),
    ("aws encryption sdk", CLIENT_SIDE),
    ("encryption context", CLIENT_SIDE),
    ("data key caching", CLIENT_SIDE),
    ("ebs encryption by default", STORAGE),
    ("dynamodb encryption at rest", STORAGE),
    ("efs encryption at rest", STORAGE),
    ("rds read replica encryption", STORAGE),
    ("s3 batch replication", S3_REPLICATION),
    ("replication time control", S3_REPLICATION),
    ("replica modification sync", S3_REPLICATION),
    ("delete marker replication", S3_REPLICATION),
    ("block public access for amis", AMIS),
    ("parameters and secrets lambda extension", SECRETS),
    ("alternating users rotation", SECRETS),
    ("advanced parameter tier", SECRETS),
    ("lambda environment variable encryption helpers", SECRETS),
    ("s3 protection", GUARDDUTY),
    ("malware protection for s3", GUARDDUTY),
    ("extended threat detection attack sequence", GUARDDUTY),
    ("suppression rules", GUARDDUTY),
    ("trusted ip list", GUARDDUTY),
    ("agentless scanning", INSPECTOR),
    ("network reachability", INSPECTOR),
    ("ecr enhanced scanning", INSPECTOR),
    ("lambda code scanning", INSPECTOR),
    ("inspector score", INSPECTOR),
    ("inspector classic assessment template", INSPECTOR),
    ("custom data identifier", MACIE),
    ("managed data identifiers", MACIE),
    ("allow list", MACIE),
    ("automated sensitive data discovery", MACIE),
    ("bucket sensitivity score", MACIE),
    ("exposure findings", THREAT_DETECTION),
    ("dns firewall", FIREWALL_MANAGER),
    ("network firewall", FIREWALL_MANAGER),
    ("third-party firewall policy", FIREWALL_MANAGER),
    ("scoped firewall manager administrator", FIREWALL_MANAGER),
    ("regional endpoint custom domain", API_GATEWAY_ACM),
    ("base path mapping", API_GATEWAY_ACM),
    ("api gateway custom domain", API_GATEWAY_ACM),
    # --- "How do I" phrases, in a learner's words ----------------------------------------------
    ("share encrypted AMI", AMIS),
    ("rotate database password", SECRETS),
    ("rotate RDS password", SECRETS),
    ("who can use my kms key", KMS),
    ("restrict a kms key to one aws service", KMS),
    ("import my own key material into kms", KMS),
    ("my kms key got deleted can i get it back", KMS),
    ("force https on s3 bucket", IN_FLIGHT),
    ("how do i stop people using http on my bucket", IN_FLIGHT),
    ("require sse-kms for every upload", SERVER_SIDE),
    ("pick the right s3 encryption option", SERVER_SIDE),
    ("encrypt a file bigger than 4 kb with kms", CLIENT_SIDE),
    ("encrypt data before uploading it", CLIENT_SIDE),
    ("encrypt existing ebs volume", STORAGE),
    ("encrypt an existing unencrypted rds database", STORAGE),
    ("share encrypted snapshot with another account", STORAGE),
    ("copy encrypted rds snapshot to another region", STORAGE),
    ("turn on encryption for all new ebs volumes", STORAGE),
    ("replicate existing objects to another bucket", S3_REPLICATION),
    ("why cant i share my ami", AMIS),
    ("copy an ami to another region", AMIS),
    ("share an ami with my whole organization", AMIS),
    ("store a database password for lambda", SECRETS),
    ("whats the difference between parameter store and secrets manager", SECRETS),
    ("get an email when guardduty finds something", GUARDDUTY),
    ("silence findings from my own vulnerability scanner", GUARDDUTY),
    ("enable guardduty in every region", GUARDDUTY),
    ("scan container images for vulnerabilities", INSPECTOR),
    ("patch what inspector finds automatically", INSPECTOR),
    ("find personal data in my s3 buckets", MACIE),
    ("make macie ignore our support phone number", MACIE),
    ("apply the same waf rules to every account", FIREWALL_MANAGER),
    ("protect new accounts automatically with firewall rules", FIREWALL_MANAGER),
    ("which region for my api gateway certificate", API_GATEWAY_ACM),
    ("point my domain at an edge-optimized api", API_GATEWAY_ACM),
    # --- Short question-like phrases from exam-style stems -------------------------------------
    ("crypto mining", GUARDDUTY),
    ("software vulnerabilities", INSPECTOR),
    ("sensitive data", MACIE),
    ("man in the middle", IN_FLIGHT),
    ("in transit", IN_FLIGHT),
    ("us-east-1 certificate", API_GATEWAY_ACM),
    ("lambda needs database password securely", SECRETS),
    ("find credit card numbers in s3 buckets", MACIE),
    ("developer disabled certificate validation still uses https", IN_FLIGHT),
    ("ensure all data sent to the bucket is encrypted in transit", IN_FLIGHT),
    ("keep our keys on premises but let s3 do the encryption", SERVER_SIDE),
    ("see who used the key for s3 objects and disable it", SERVER_SIDE),
    ("s3 must never see the plaintext", CLIENT_SIDE),
    ("kms encrypt fails on a 50 mb file", CLIENT_SIDE),
    ("keys must be in a single-tenant hsm", KMS),
    ("encryption keys held in an external key manager outside aws", KMS),
    ("cannot enable encryption on an existing rds instance", STORAGE),
    ("encrypted rds read replica in another region", STORAGE),
    ("sse-kms objects not replicating", S3_REPLICATION),
    ("objects already in the source bucket were not replicated", S3_REPLICATION),
    ("shared ami launch fails with a kms error", AMIS),
    ("account b can see the ami but cannot launch it", AMIS),
    ("rds passwords must rotate automatically", SECRETS),
    ("ec2 instances mining cryptocurrency", GUARDDUTY),
    ("access keys used from an unusual country", GUARDDUTY),
    ("instance talking to a known malicious ip", GUARDDUTY),
    ("unpatched packages on ec2 instances", INSPECTOR),
    ("vulnerable dependency in a lambda function", INSPECTOR),
    ("instances without ssm agent vulnerability scan", INSPECTOR),
    ("passport numbers in s3", MACIE),
    ("can macie scan an rds database", MACIE),
    ("which service finds threats vulnerabilities or sensitive data", THREAT_DETECTION),
    ("same waf rules on every load balancer in all accounts", FIREWALL_MANAGER),
    ("centrally manage security groups across accounts", FIREWALL_MANAGER),
    ("edge-optimized api in eu-west-1 certificate region", API_GATEWAY_ACM),
    # --- Multi-word mixed: a topic plus a term that has its own page; the whole query decides ---
    ("compare GuardDuty Inspector Macie", THREAT_DETECTION),
    ("sse-kms replication", S3_REPLICATION),
    ("kms throttling s3 replication", S3_REPLICATION),
    ("multi-region keys s3 replication", S3_REPLICATION),
    ("kms:viaservice replication role", S3_REPLICATION),
    ("sse-c replication", S3_REPLICATION),
    ("kms key policy ami sharing", AMIS),
    ("aws/ebs ami sharing", AMIS),
    ("kms grant ec2 shared ami", AMIS),
    ("rotate kms key", KMS),
    ("rds snapshot kms key share", STORAGE),
    ("ebs snapshot copy kms key", STORAGE),
    ("efs encryption in transit", STORAGE),
    ("dynamodb customer managed kms key", STORAGE),
    ("bucket keys kms cost", SERVER_SIDE),
    ("s3 encryption client bucket keys", CLIENT_SIDE),
    ("kms generatedatakey s3 encryption client", CLIENT_SIDE),
    ("acm certificate for a load balancer", IN_FLIGHT),
    ("tls s3 bucket policy", IN_FLIGHT),
    ("kms decrypt lambda environment variable", SECRETS),
    ("securestring kms key", SECRETS),
    ("secrets manager replica in another region", SECRETS),
    ("secrets manager rds rotation lambda", SECRETS),
    ("guardduty eventbridge lambda", GUARDDUTY),
    ("guardduty s3 data events", GUARDDUTY),
    ("guardduty rds login activity", GUARDDUTY),
    ("guardduty malware scan ebs volumes", GUARDDUTY),
    ("inspector eventbridge systems manager patching", INSPECTOR),
    ("inspector agentless ebs snapshots", INSPECTOR),
    ("macie custom data identifier", MACIE),
    ("security hub macie sensitive data findings", MACIE),
    ("macie eventbridge lambda block public access", MACIE),
    ("macie bucket encryption disabled finding", MACIE),
    ("firewall manager waf organizations", FIREWALL_MANAGER),
    ("api gateway cloudfront certificate", API_GATEWAY_ACM),
    ("guardduty vs inspector", THREAT_DETECTION),
    ("encryption in flight at rest and client-side compared", DATA_PROTECTION),
    ("firewall manager and api gateway certificates", EDGE),
    # --- The site's own pages: overviews, exam map, practice, glossary and cheat sheet ---------
    ("cheat sheet", CHEAT_SHEET),
    ("printable revision sheet", CHEAT_SHEET),
    ("every exam fact on two printed pages", CHEAT_SHEET),
    ("how to use these notes", HOME),
    ("switch to dark mode", HOME),
    ("what do the orange boxes mean", HOME),
    ("aws security notes", HOME),
    ("data protection overview", DATA_PROTECTION),
    ("where can data be encrypted on aws", DATA_PROTECTION),
    ("threat detection services", THREAT_DETECTION),
    ("detective services that only report findings", THREAT_DETECTION),
    ("edge and governance", EDGE),
    ("scs-c03 exam domains", EXAM_MAP),
    ("domain weights", EXAM_MAP),
    ("which pages cover each exam domain", EXAM_MAP),
    ("practice questions", PRACTICE),
    ("sample exam questions by domain", PRACTICE),
    ("glossary", GLOSSARY),
    ("list of acronyms", GLOSSARY),
    ("what does an abbreviation stand for", GLOSSARY),
    # --- Written later as a held-out check, before the search left out stop words and before the
    # RDS TLS section existed: whole questions and mixed topics. After the first run, three
    # expected pages were corrected to the page that covers the topic (ACM renewal and imported
    # certificates are on encryption in flight, envelope encryption on client-side encryption). --
    ("a company must detect compromised ec2 instances mining bitcoin", GUARDDUTY),
    ("which service finds credit card numbers in s3 buckets", MACIE),
    ("how to scan lambda functions for vulnerabilities", INSPECTOR),
    ("share an encrypted ami with another account", AMIS),
    ("ami encrypted with aws managed key cannot be shared", AMIS),
    ("replicate objects encrypted with sse-c", S3_REPLICATION),
    ("replication of kms encrypted objects permissions", S3_REPLICATION),
    ("automatically rotate database credentials every 30 days", SECRETS),
    ("store a license key cheaply as a secure string", SECRETS),
    ("parameter store vs secrets manager", SECRETS),
    ("enforce waf rules across all accounts in an organization", FIREWALL_MANAGER),
    ("custom domain certificate for edge optimized api", API_GATEWAY_ACM),
    ("regional api gateway certificate region", API_GATEWAY_ACM),
    ("acm certificate must be in us-east-1", API_GATEWAY_ACM),
    ("enforce https on s3 bucket policy", IN_FLIGHT),
    ("force encryption headers on s3 uploads", SERVER_SIDE),
    ("x-amz-server-side-encryption", SERVER_SIDE),
    ("customer provided keys s3", SERVER_SIDE),
    ("encrypt data before sending it to aws", CLIENT_SIDE),
    ("aws encryption sdk envelope encryption", CLIENT_SIDE),
    ("data key encrypt locally", CLIENT_SIDE),
    ("kms key policy cross account", KMS),
    ("automatic key rotation period", KMS),
    ("delete a kms key waiting period", KMS),
    ("import key material", KMS),
    ("enable ebs encryption by default", STORAGE),
    ("encrypt efs file system after creation", STORAGE),
    ("guardduty data sources", GUARDDUTY),
    ("guardduty malware protection for s3", GUARDDUTY),
    ("eks runtime monitoring", GUARDDUTY),
    ("suppress guardduty findings", GUARDDUTY),
    ("guardduty findings to eventbridge to lambda", GUARDDUTY),
    ("inspector sbom export", INSPECTOR),
    ("inspector ec2 scanning needs ssm agent", INSPECTOR),
    ("agentless scanning ec2", INSPECTOR),
    ("network reachability findings", INSPECTOR),
    ("macie custom data identifiers", MACIE),
    ("macie sensitive data discovery job", MACIE),
    ("security hub aggregated findings", THREAT_DETECTION),
    ("shield advanced firewall manager", FIREWALL_MANAGER),
    ("security group policies across accounts", FIREWALL_MANAGER),
    ("firewall manager prerequisites aws config", FIREWALL_MANAGER),
    ("tls termination at load balancer", IN_FLIGHT),
    ("end to end encryption alb to ec2", IN_FLIGHT),
    ("certificate for cloudfront", IN_FLIGHT),
    ("perfect forward secrecy", IN_FLIGHT),
    ("bucket key reduce kms cost", SERVER_SIDE),
    ("default encryption s3 bucket", SERVER_SIDE),
    ("s3 replication existing objects batch replication", S3_REPLICATION),
    ("delete markers replication", S3_REPLICATION),
    ("replication time control 15 minutes", S3_REPLICATION),
    ("copy snapshot re-encrypt with new key", AMIS),
    ("launch permissions ami", AMIS),
    ("kms grant", KMS),
    ("kms multi region keys", KMS),
    ("hmac keys", KMS),
    ("secrets manager resource policy", SECRETS),
    ("rotation lambda function secrets manager", SECRETS),
    ("parameter store advanced tier", SECRETS),
    ("which domain covers data protection scs-c03", EXAM_MAP),
    ("exam domains weights", EXAM_MAP),
    ("practice questions guardduty", PRACTICE),
    ("printable cheat sheet", CHEAT_SHEET),
    ("what does envelope encryption mean", CLIENT_SIDE),
    ("in flight at rest client side difference", DATA_PROTECTION),
    ("encryption options overview", DATA_PROTECTION),
    ("threat detection services compared", THREAT_DETECTION),
    ("guardduty vs inspector vs macie", THREAT_DETECTION),
    ("edge services api gateway firewall manager overview", EDGE),
    ("acm private ca", API_GATEWAY_ACM),
    ("acm renewal dns validation", IN_FLIGHT),
    ("imported certificate expiry", IN_FLIGHT),
    ("rds ssl connection", IN_FLIGHT),
    # --- A second held-out batch, written after the stop-word change and after the content that the
    # first batch showed missing (RDS TLS, cross-account KMS access); run once and left as written. --
    ("what happens to guardduty findings after 90 days", GUARDDUTY),
    ("guardduty multi account delegated administrator", GUARDDUTY),
    ("trusted ip list guardduty", GUARDDUTY),
    ("inspector findings severity score", INSPECTOR),
    ("scan container images on push", INSPECTOR),
    ("which ec2 instances are missing patches", INSPECTOR),
    ("inspector code scanning lambda", INSPECTOR),
    ("macie findings for publicly accessible bucket", MACIE),
    ("macie allow list", MACIE),
    ("discover passwords and api keys stored in s3 objects", MACIE),
    ("deny uploads without sse-kms", SERVER_SIDE),
    ("dsse-kms two layers", SERVER_SIDE),
    ("s3 default encryption changed in 2023", SERVER_SIDE),
    ("sse-c blocked by default", SERVER_SIDE),
    ("encryption sdk data key caching", CLIENT_SIDE),
    ("kms encrypt 4 kb limit", CLIENT_SIDE),
    ("replicate objects to another account with a different kms key", S3_REPLICATION),
    ("why are my sse-kms objects not replicating", S3_REPLICATION),
    ("copy ami to another region with new kms key", AMIS),
    ("modify snapshot attribute createvolumepermission", AMIS),
    ("share ami encrypted with default ebs key", AMIS),
    ("aurora encryption at rest cannot be disabled", STORAGE),
    ("rds read replica in another region encryption", STORAGE),
    ("ebs snapshot encryption", STORAGE),
    ("parameter store hierarchy path", SECRETS),
    ("secrets manager cost per secret", SECRETS),
    ("lambda extension cache secrets", SECRETS),
    ("kms key deletion 7 to 30 days", KMS),
    ("encryption context condition", KMS),
    ("asymmetric kms key sign verify", KMS),
    ("tls 1.3 on s3", IN_FLIGHT),
    ("self signed certificate mitm", IN_FLIGHT),
    ("https listener alb security policy", IN_FLIGHT),
    ("mutual tls api gateway truststore", API_GATEWAY_ACM),
    ("disable default execute-api endpoint", API_GATEWAY_ACM),
    ("network firewall policy across organization", FIREWALL_MANAGER),
    ("firewall manager administrator account", FIREWALL_MANAGER),
    ("compare detective services", THREAT_DETECTION),
    ("security specialty domain 5 data protection", EXAM_MAP),
    # --- A third held-out batch, written from the pages alone without running the search, before
    # a query's plural endings were left out; run once and left as written. ----------------------
    ("rotatekeyondemand", KMS),
    ("deleteimportedkeymaterial", KMS),
    ("kms:calleraccount", KMS),
    ("throttlingexception", KMS),
    ("rds.force_ssl", IN_FLIGHT),
    ("require_secure_transport", IN_FLIGHT),
    ("updateobjectencryption", SERVER_SIDE),
    ("awspending", SECRETS),
    ("associatecrossaccountreplica", SECRETS),
    ("elasticfilesystem:encrypted", STORAGE),
    ("policy:iamuser/s3bucketsharedexternally", MACIE),
    ("cryptocurrency:runtime/bitcointool.b", GUARDDUTY),
    ("accesscontroltranslation", S3_REPLICATION),
    ("cyclonedx", INSPECTOR),
    ("putadminaccount", FIREWALL_MANAGER),
    ("sse-kms multipart upload permissions", SERVER_SIDE),
    ("sse-c over plain http", SERVER_SIDE),
    ("bucket keys replication destination key decrypt", S3_REPLICATION),
    ("glacier deep archive objects replication", S3_REPLICATION),
    ("kms key for ebs encryption by default", STORAGE),
    ("dynamodb global tables customer managed key", STORAGE),
    ("aurora cross-region replica kms key", STORAGE),
    ("secrets manager cross-account customer managed key", SECRETS),
    ("parameter store share with other accounts", SECRETS),
    ("client-side encryption across regions multi-region key", KMS),
    ("cloudhsm key store hsm requirements", KMS),
    ("share ami with an ou kms key policy", AMIS),
    ("copy a shared marketplace ami", AMIS),
    ("guardduty malware protection for aws backup", GUARDDUTY),
    ("macie delegated administrator", MACIE),
    ("inspector ecr re-scan duration", INSPECTOR),
    ("firewall manager network firewall ram sharing", FIREWALL_MANAGER),
    ("api gateway tls security policy", API_GATEWAY_ACM),
    ("private api custom domain acm certificate", API_GATEWAY_ACM),
    ("cloudfront minimum tls version", IN_FLIGHT),
    ("how do i let another account read my secret", SECRETS),
    ("why do i get accessdeniedexception when my iam policy allows kms decrypt", KMS),
    ("can i change the kms key of an existing rds instance", STORAGE),
    ("does turning on default encryption encrypt my old objects", SERVER_SIDE),
    ("how do i make replicas in the other account owned by that account", S3_REPLICATION),
    ("does guardduty need me to turn on vpc flow logs", GUARDDUTY),
    ("can inspector scan rds databases", INSPECTOR),
    ("why did an old ecr image get a new vulnerability finding", INSPECTOR),
    ("how do i stop people creating unencrypted efs file systems", STORAGE),
    ("how do i rotate an asymmetric kms key", KMS),
    ("which firewall manager admin can manage third-party firewalls", FIREWALL_MANAGER),
    ("how do i make clients present a certificate to call my api", API_GATEWAY_ACM),
    ("how does s3 check the sse-c key if it doesn't store it", SERVER_SIDE),
    ("are deletes with a version id replicated", S3_REPLICATION),
    ("what does the !dns at the end of a guardduty finding mean", GUARDDUTY),
    ("what topics does the security specialty exam cover", EXAM_MAP),
    ("what do these notes not cover", EXAM_MAP),
    ("saa-c03 design secure architectures", EXAM_MAP),
    ("what does each kind of encryption protect against", DATA_PROTECTION),
    ("list of topics on this site", HOME),
    ("download the notes to read offline", HOME),
    ("where do findings from all three detective services meet", THREAT_DETECTION),
    ("what is in the edge and governance section", EDGE),
    ("last minute revision cheat sheet", CHEAT_SHEET),
    ("test myself on every exam domain", PRACTICE),
    # --- A fourth held-out batch, written the same way after the plural change, leaning to whole
    # questions and mixed topics; run once and left as written. ----------------------------------
    ("A company needs every new EBS volume encrypted. What should it enable?", STORAGE),
    ("Which condition key limits a KMS key to requests made through Amazon S3?", KMS),
    ("How can a company automatically quarantine an EC2 instance that GuardDuty flags?", GUARDDUTY),
    (
        "Which service alerts when an S3 bucket is shared with an account outside the"
        " organization?",
        MACIE,
    ),
    (
        "What must be enabled before Firewall Manager can deploy Network Firewall to every VPC?",
        FIREWALL_MANAGER,
    ),
    (
        "Clients bypass our custom domain by calling the execute-api URL. How do we block that?",
        API_GATEWAY_ACM,
    ),
    ("Account B can launch from the shared AMI but CopyImage fails. What is missing?", AMIS),
    (
        "An RDS for PostgreSQL 14 instance accepts connections without TLS. How do we force TLS?",
        IN_FLIGHT,
    ),
    (
        "A Lambda function calls Secrets Manager on every invocation. How can it cache the secret?",
        SECRETS,
    ),
    ("Uploads with SSE-C headers to a new bucket fail with 403 AccessDenied. Why?", SERVER_SIDE),
    (
        "A component must create data keys but must never see them in plaintext. Which API?",
        CLIENT_SIDE,
    ),
    (
        "Copying an unencrypted Aurora cluster snapshot with a KMS key returns an error. What now?",
        STORAGE,
    ),
    ("a team wants to stop all use of a kms key now but keep the option to undo it", KMS),
    ("Why do two instances with the same CVE get different Inspector scores?", INSPECTOR),
    (
        "Why do SSE-C objects fail to replicate into a newly created destination bucket?",
        S3_REPLICATION,
    ),
    ("The load balancer must never decrypt card data. Which listener should be used?", IN_FLIGHT),
    ("Which service detects brute-force logins against an Aurora database?", GUARDDUTY),
    (
        "Account B cannot read a secret encrypted with aws/secretsmanager. What must change?",
        SECRETS,
    ),
    (
        "How can Shield Advanced protect Route 53 hosted zones across all accounts?",
        FIREWALL_MANAGER,
    ),
    ("How can a security team stop anyone in the organization from making AMIs public?", AMIS),
    ("guardduty malware protection for s3 without a detector", GUARDDUTY),
    ("inspector findings in security hub", INSPECTOR),
    ("efs file system policy aws:securetransport", STORAGE),
    ("regional api behind my own cloudfront distribution certificate", API_GATEWAY_ACM),
    ("ebs encryption by default aws config rule", STORAGE),
    ("guardduty suppression rule hides attack sequence", GUARDDUTY),
    ("inspector cis benchmark on ssm managed instances", INSPECTOR),
    ("acm certificate for albs in two regions same domain", IN_FLIGHT),
    ("replication role kms:generatedatakey destination default encryption", S3_REPLICATION),
    ("firewall manager security group usage audit unused groups", FIREWALL_MANAGER),
    ("aws:principalorgpaths key policy for ami sharing", AMIS),
    ("aurora master password managed rotation secrets manager", SECRETS),
    ("kms rotation for multi-region replica keys", KMS),
    ("macie suppressed findings not sent to eventbridge", MACIE),
    ("s3 encryption client instruction file metadata", CLIENT_SIDE),
    ("ParameterMaxVersionLimitExceeded", SECRETS),
    ("AssociateKmsKeyId", STORAGE),
    ("PendingReplicaDeletion", KMS),
    ("truststore", API_GATEWAY_ACM),
    ("ELBSecurityPolicy-2016-08", IN_FLIGHT),
    ("S3BlockPublicAccessDisabled", MACIE),
    ("Recon:EC2/Portscan", GUARDDUTY),
    ("inspector vm scanner", INSPECTOR),
    ("fortigate", FIREWALL_MANAGER),
    ("s3:ReplicateObject", S3_REPLICATION),
    ("certs for private apis", API_GATEWAY_ACM),
    ("what kinds of policies can firewall manager push", FIREWALL_MANAGER),
    ("header values for each s3 encryption type", SERVER_SIDE),
    ("lambda layers vulnerability scans", INSPECTOR),
    ("crypto mining finding types", GUARDDUTY),
    # --- A fifth held-out batch: exam-question stems pasted whole, boilerplate included; run once
    # on the ranking with and without the boilerplate change, and left as written. ----------------
    (
        "A company must let every role in one account use a KMS key without listing each"
        " role. Which condition key should be used?",
        KMS,
    ),
    (
        "a security engineer needs kms key material that expires on a set date and can be"
        " erased from AWS immediately. what should the engineer do?",
        KMS,
    ),
    (
        "An AWS service needs temporary programmatic access to a customer managed KMS key"
        " without anyone editing the key policy. What should the team use?",
        KMS,
    ),
    (
        "How can a security team be alerted if any application still tries to use a KMS key"
        " that is pending deletion?",
        KMS,
    ),
    (
        "A company must ensure all clients use TLS 1.2 or later when accessing an S3 bucket."
        " Which solution meets these requirements?",
        IN_FLIGHT,
    ),
    (
        "A security engineer needs an Amazon RDS for MySQL database to refuse any connection"
        " that does not use TLS. What should the engineer do?",
        IN_FLIGHT,
    ),
    (
        "Traffic through an Application Load Balancer must stay encrypted up to the EC2"
        " instances. Which combination of steps meets these requirements? (Choose two.)",
        IN_FLIGHT,
    ),
    (
        "A company must move 200 million objects from SSE-S3 to SSE-KMS with a customer"
        " managed key without copying them. What should the team do?",
        SERVER_SIDE,
    ),
    (
        "Multipart uploads to an SSE-KMS bucket fail with AccessDenied although the role"
        " allows kms:GenerateDataKey. Which permission is missing?",
        SERVER_SIDE,
    ),
    (
        "a team wants to turn on s3 bucket keys to lower kms costs on a bucket using"
        " dsse-kms. why does this not work?",
        SERVER_SIDE,
    ),
    (
        "A team encrypting many messages with the AWS Encryption SDK wants to reuse data keys"
        " to cut KMS cost and latency. What should it enable?",
        CLIENT_SIDE,
    ),
    (
        "A company and a partner must each be able to decrypt the same encrypted file with a"
        " key they control. Which approach meets these requirements?",
        CLIENT_SIDE,
    ),
    (
        "A developer generated a data key with GenerateDataKey and encrypted a file locally."
        " What should the developer store alongside the ciphertext?",
        CLIENT_SIDE,
    ),
    (
        "A company must switch an encrypted EBS volume to a new customer managed KMS key."
        " What should the engineer do?",
        STORAGE,
    ),
    (
        "A partner account cannot restore an encrypted RDS snapshot that was shared with it."
        " What should the partner account do first?",
        STORAGE,
    ),
    (
        "A company wants its DynamoDB tables encrypted at rest at the LOWEST cost. What"
        " should a solutions architect do?",
        STORAGE,
    ),
    (
        "A company requires that 99.99% of replicated S3 objects arrive within 15 minutes,"
        " with alerts for late objects. Which feature meets these requirements?",
        S3_REPLICATION,
    ),
    (
        "Two buckets replicate to each other, and tag changes made on replicas must flow back"
        " to the source. What should be enabled?",
        S3_REPLICATION,
    ),
    (
        "Cross-account replication of SSE-KMS objects fails because the destination account's"
        " KMS key denies the source replication role. What must the destination account"
        " change?",
        S3_REPLICATION,
    ),
    (
        "A company must share an encrypted AMI with every account in one organizational unit."
        " Which combination of steps will meet these requirements? (Choose two.)",
        AMIS,
    ),
    (
        "Account B launches instances from an encrypted AMI shared by account A and wants the"
        " volumes under its own KMS key. What should it do?",
        AMIS,
    ),
    (
        "Which KMS permissions does a role in account B need on the source account's key to"
        " launch instances from a shared encrypted AMI?",
        AMIS,
    ),
    (
        "A team must keep database connections working while Secrets Manager rotates the"
        " password. Which rotation strategy meets these requirements?",
        SECRETS,
    ),
    (
        "A company must rotate a third-party API key stored in AWS Secrets Manager every 30"
        " days. What should the engineer do?",
        SECRETS,
    ),
    (
        "applications must read a specific earlier version of a parameter store value by a"
        " name such as live. what should the team use?",
        SECRETS,
    ),
    (
        "A security team wants updates about recurring GuardDuty findings every 15 minutes"
        " instead of every 6 hours. What should the team change?",
        GUARDDUTY,
    ),
    (
        "A company must detect Lambda functions that communicate with cryptocurrency mining"
        " pools or malicious hosts. Which solution meets these requirements with the LEAST"
        " operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company has its own feed of malicious IP addresses and wants GuardDuty to raise"
        " findings when instances contact them. What should it configure?",
        GUARDDUTY,
    ),
    (
        "A company must scan its GitHub repositories for vulnerable dependencies and"
        " infrastructure as code misconfigurations. Which AWS service feature meets these"
        " requirements?",
        INSPECTOR,
    ),
    (
        "A team needs a one-time CVE scan of a golden AMI before publishing it, without"
        " turning on continuous scanning. What should the team do?",
        INSPECTOR,
    ),
    (
        "A company uses Amazon Inspector in 200 accounts in AWS Organizations and must"
        " auto-enable scanning for new accounts. What should the security team do?",
        INSPECTOR,
    ),
    (
        "A company must be alerted when an S3 bucket starts replicating to an account outside"
        " its organization. Which solution has the LEAST operational overhead?",
        MACIE,
    ),
    (
        "A data team must analyze only .csv objects modified in the last 30 days in three"
        " buckets for PII. What should the team configure?",
        MACIE,
    ),
    (
        "How can a security team be notified whenever all Block Public Access settings are"
        " turned off on an S3 bucket?",
        MACIE,
    ),
    (
        "A security team must find security group rules that allow all ports from 0.0.0.0/0"
        " in every account of the organization. What should the team use?",
        FIREWALL_MANAGER,
    ),
    (
        "A company wants Firewall Manager to flag non-compliant resources without changing"
        " them. How should the policy be configured?",
        FIREWALL_MANAGER,
    ),
    (
        "Firewall Manager policies are not applied to resources in eu-west-1 of several"
        " member accounts. What is the most likely cause?",
        FIREWALL_MANAGER,
    ),
    (
        "A company needs a custom domain for an API Gateway HTTP API. In which Region must"
        " the ACM certificate be requested?",
        API_GATEWAY_ACM,
    ),
    (
        "A Regional API is deployed in two Regions behind one custom domain with"
        " latency-based routing. Where must the ACM certificates be created?",
        API_GATEWAY_ACM,
    ),
    (
        "mutual TLS cannot be turned on for an API Gateway custom domain that uses"
        " SecurityPolicy_TLS13_1_3_2025_09. why?",
        API_GATEWAY_ACM,
    ),
    # --- A sixth held-out batch: stems, short queries and questions about the site itself; run once
    # (then the cheat sheet's and glossary's introductions gained "summary" and "stands for"). -----
    (
        "A security engineer must stop KMS keys being scheduled for deletion with a waiting"
        " period under 30 days. Which condition key applies?",
        KMS,
    ),
    (
        "A company needs digital signatures created in AWS that its partners verify outside"
        " AWS. Which type of KMS key should it create?",
        KMS,
    ),
    (
        "A company runs web servers on premises and wants publicly trusted ACM certificates"
        " that Certbot renews automatically. What should it use?",
        IN_FLIGHT,
    ),
    (
        "A company requires every object uploaded to a bucket to be encrypted with two"
        " independent layers of encryption. Which option should it use?",
        SERVER_SIDE,
    ),
    (
        "An application encrypts a file locally with a plaintext data key from KMS"
        " GenerateDataKey. What should it do with that plaintext key afterwards?",
        CLIENT_SIDE,
    ),
    (
        "A company wants to switch an existing DynamoDB table from the AWS owned key to a"
        " customer managed key without downtime. What should it do?",
        STORAGE,
    ),
    (
        "A company must share an encrypted EBS snapshot with another account without"
        " re-encrypting it or granting access to its original key. Which EC2 action helps?",
        STORAGE,
    ),
    (
        "A company replicates bucket A to bucket B and bucket B to bucket C, but objects"
        " written to A never reach C. Why?",
        S3_REPLICATION,
    ),
    (
        "A company shares an encrypted AMI in us-east-1, but the partner account needs to"
        " launch it in eu-west-1. What must the company do?",
        AMIS,
    ),
    (
        "A multi-Region application must read the same database secret in three Regions while"
        " rotating it only once. What should the company configure?",
        SECRETS,
    ),
    (
        "A company sends DNS queries from its EC2 instances to its own resolver, and"
        " GuardDuty raises no DNS-based findings. What is the reason?",
        GUARDDUTY,
    ),
    (
        "A company wants Amazon Inspector to scan virtual machines in Microsoft Azure as well"
        " as its EC2 instances. What should it configure?",
        INSPECTOR,
    ),
    (
        "Which Macie finding tells a security team that a bucket policy now grants access to"
        " a CloudFront origin access identity?",
        MACIE,
    ),
    (
        "A company must block DNS queries to known malicious domains from every VPC in all"
        " accounts of its organization. Which solution meets these requirements?",
        FIREWALL_MANAGER,
    ),
    (
        "After choosing an enhanced security policy on an API Gateway custom domain name, a"
        " team cannot map its HTTP API to it. Why?",
        API_GATEWAY_ACM,
    ),
    ("kms vs cloudhsm", KMS),
    ("pendingimport key state", KMS),
    ("sslmode=verify-full", IN_FLIGHT),
    ("sse-s3 vs sse-kms", SERVER_SIDE),
    ("aws database encryption sdk", CLIENT_SIDE),
    ("CopyVolumes", STORAGE),
    ("bucket owner enforced replicas", S3_REPLICATION),
    ("createvolumepermission for copyimage", AMIS),
    ("awsprevious staging label", SECRETS),
    ("custom threat list guardduty", GUARDDUTY),
    ("CredentialAccess:EC2/UnsecuredCredentials", GUARDDUTY),
    ("startondemandscan", INSPECTOR),
    ("S3BucketReplicatedExternally", MACIE),
    ("security group content audit", FIREWALL_MANAGER),
    ("domain name access association", API_GATEWAY_ACM),
    ("home page", HOME),
    ("offline copy of the notes", HOME),
    ("turn on light mode", HOME),
    ("keyboard shortcut to open search", HOME),
    ("what pages are in the data protection section", DATA_PROTECTION),
    ("overview of the threat detection section", THREAT_DETECTION),
    ("overview of the edge section", EDGE),
    ("practice questions for the detection domain", PRACTICE),
    ("mock exam questions with explanations", PRACTICE),
    ("quick revision summary before the exam", CHEAT_SHEET),
    ("two page summary to print", CHEAT_SHEET),
    ("what does ARN stand for", GLOSSARY),
    ("definitions of terms used in the notes", GLOSSARY),
    ("scs-c03 domain percentages", EXAM_MAP),
    ("what changed between scs-c02 and scs-c03", EXAM_MAP),
    # --- A seventh held-out batch: stems, short queries, mixed topics and the site itself; run once
    # (then a few headings and introductions gained the words learners use). -------------------
    (
        "Account A allows a role in account B to use its customer managed KMS key in the key "
        "policy, and account B's IAM policy allows kms:Decrypt. The role calls Decrypt with the"
        " key's alias name and the call fails. What should the role do?",
        KMS,
    ),
    (
        "A security engineer must prevent developers from creating multi-Region KMS keys while "
        "still allowing single-Region keys. Which condition key should the engineer use?",
        KMS,
    ),
    (
        "An auditor asks a team to raise the minimum TLS version that viewers can use with a "
        "CloudFront distribution that only uses the default *.cloudfront.net domain name and "
        "certificate. Why can the team not change it?",
        IN_FLIGHT,
    ),
    (
        "A bucket policy denies s3:PutObject when s3:x-amz-server-side-encryption is not "
        "aws:kms. Uploads that rely on the bucket's default SSE-KMS encryption are rejected. "
        "Why?",
        SERVER_SIDE,
    ),
    (
        "A security architect must explain why envelope encryption gives every file its own "
        "data key instead of encrypting all files directly under one KMS key. Which benefit "
        "should the architect name?",
        CLIENT_SIDE,
    ),
    (
        "A company moves a DynamoDB table from one customer managed KMS key to another. What "
        "must it do so that on-demand backups taken before the change can still be restored?",
        STORAGE,
    ),
    (
        "A company created an Amazon Aurora MySQL DB cluster in March 2026 without choosing any"
        " encryption option. Is the cluster encrypted at rest, and under which key?",
        STORAGE,
    ),
    (
        "A company saved an S3 replication rule whose ReplicaKmsKeyID contains a typo. The API "
        "returned 200 OK, but no SSE-KMS objects replicate. What is the cause?",
        S3_REPLICATION,
    ),
    (
        "A partner account must keep launching instances even if the AMI owner later revokes "
        "access to its KMS key. What should the partner account do with the shared encrypted "
        "AMI?",
        AMIS,
    ),
    (
        "A team wants to stop paying for an advanced-tier SSM Parameter Store parameter by "
        "moving it back to the standard tier. What must the team do?",
        SECRETS,
    ),
    (
        "A security engineer notices that GuardDuty raises no findings about unusual GetObject "
        "and DeleteObject activity in one member account. What is the most likely reason?",
        GUARDDUTY,
    ),
    (
        "A company wants its CI/CD pipeline to fail the build when a container image contains a"
        " critical CVE, before the image is ever pushed to Amazon ECR. Which solution meets "
        "these requirements?",
        INSPECTOR,
    ),
    (
        "A Macie custom data identifier for employee numbers produces too many false matches. "
        "How can the team require that a word such as employee appears close to each match?",
        MACIE,
    ),
    (
        "A company must automatically apply AWS Shield Advanced protection to every new Elastic"
        " IP address and Application Load Balancer created in any account of its organization. "
        "Which solution meets these requirements?",
        FIREWALL_MANAGER,
    ),
    (
        "A team has just created an edge-optimized custom domain name in API Gateway, but the "
        "domain does not answer yet. What is the most likely explanation?",
        API_GATEWAY_ACM,
    ),
    ("50 aliases per kms key", KMS),
    ("ml-dsa post quantum signing key", KMS),
    ("--no-verify-ssl", IN_FLIGHT),
    ("exportable public certificate fee", IN_FLIGHT),
    ("sse-kms requests need signature version 4", SERVER_SIDE),
    ("ciphertextblob plaintext data key", CLIENT_SIDE),
    ("replica has a different etag than the source object", S3_REPLICATION),
    ("ami tags not visible to accounts it is shared with", AMIS),
    ("managed external secrets salesforce snowflake", SECRETS),
    ("guardduty high severity 7.0 to 8.9", GUARDDUTY),
    ("guardduty ecs fargate sidecar agent", GUARDDUTY),
    ("ssm agent deep inspection plugin language packages", INSPECTOR),
    ("untriaged cve severity", INSPECTOR),
    ("sensitivedata:s3object/credentials", MACIE),
    ("aws network security manager", FIREWALL_MANAGER),
    ("websocket api custom domain endpoint type", API_GATEWAY_ACM),
    ("aws foundational security best practices standard", THREAT_DETECTION),
    ("ubuntu instances have no inspector score", INSPECTOR),
    ("does a macie finding contain the actual sensitive values", MACIE),
    ("how ebs uses kms grants and retires them", KMS),
    ("alb post-quantum ml-kem security policy", IN_FLIGHT),
    ("batch operations copy job to re-encrypt sse-c objects", SERVER_SIDE),
    ("dynamodb encryption client renamed", CLIENT_SIDE),
    ("oracle tde rds snapshot cannot be shared", STORAGE),
    ("disabled default kms key ebs instance launch fails", STORAGE),
    ("are s3 lifecycle expirations replicated to the destination bucket", S3_REPLICATION),
    ("dsse-kms objects replication opt-in", S3_REPLICATION),
    ("which key encrypts volumes launched from a shared ami if none is chosen", AMIS),
    ("are lambda environment variables encrypted at rest by default with kms", SECRETS),
    ("security hub control guardduty.1", GUARDDUTY),
    ("waf web acl on api gateway stages across accounts", FIREWALL_MANAGER),
    ("private api from on premises over direct connect execute-api vpc endpoint", API_GATEWAY_ACM),
    ("are guardduty inspector and macie regional services", THREAT_DETECTION),
    ("when does s3 create the aws managed kms key aws/s3", SERVER_SIDE),
    ("efs tls mount helper stunnel efs-proxy", STORAGE),
    ("print a page with the answers open", HOME),
    ("what can i type in the search box", HOME),
    ("who holds the keys in transit at rest and client side", DATA_PROTECTION),
    ("controls at the edge of the aws estate", EDGE),
    ("where to study security lake and organization trails", EXAM_MAP),
    ("task statement 5.3 secrets and key material", EXAM_MAP),
    ("what does ddos stand for", GLOSSARY),
    ("acronyms ecc gcm hmac explained", GLOSSARY),
    ("exam keywords table", CHEAT_SHEET),
    ("questions from the end of every page collected", PRACTICE),
    # --- An eighth held-out batch, written the same way after the seventh's changes; run once. -----
    (
        "A company needs HSMs with a PKCS #11 interface for its Oracle TDE master keys, and "
        "only HSM users that the company controls may reach the keys. Which AWS service meets "
        "these requirements?",
        KMS,
    ),
    (
        "A company uses a symmetric KMS key with imported key material and must rotate the key "
        "material without changing the key ID or re-encrypting data. Which solution meets these"
        " requirements with the LEAST operational overhead?",
        KMS,
    ),
    (
        "A company creates a read replica of an encrypted Amazon RDS DB instance in the same "
        "Region and wants the replica encrypted under a different customer managed KMS key. "
        "What should a solutions architect tell the company?",
        STORAGE,
    ),
    (
        "A research group tries to make an encrypted EBS snapshot public so that any AWS "
        "account can create volumes from it, and the request fails. Why?",
        STORAGE,
    ),
    (
        "A company runs its Amazon EKS pods on AWS Fargate and wants GuardDuty Runtime "
        "Monitoring to detect malicious processes inside them. Which statement about this "
        "requirement is correct?",
        GUARDDUTY,
    ),
    (
        "A team patched a vulnerable package and Amazon Inspector closed the finding, but five "
        "days later a deployment reinstalled the old version. What does Amazon Inspector do?",
        INSPECTOR,
    ),
    (
        "A security engineer adds a bucket policy statement that denies requests when "
        "s3:TlsVersion is less than 1.3. Applications that reach the bucket through a Multi-"
        "Region Access Point now fail. What is the cause?",
        IN_FLIGHT,
    ),
    (
        "An administrator tries to suspend versioning on an S3 bucket that is the source of a "
        "replication rule, and S3 rejects the request. Why?",
        S3_REPLICATION,
    ),
    (
        "A developer wants every object in a bucket to be encrypted with SSE-C by default so "
        "that the upload code does not have to change. Why is this not possible?",
        SERVER_SIDE,
    ),
    (
        "A company revokes the account that it had set as an AWS Firewall Manager "
        "administrator. What happens to the Firewall Manager policies that this account "
        "created?",
        FIREWALL_MANAGER,
    ),
    (
        "A company adds member accounts to Amazon Macie by invitation instead of through AWS "
        "Organizations. Which accounts does the Policy:IAMUser/S3BucketSharedExternally finding"
        " treat as inside the organization?",
        MACIE,
    ),
    (
        "A security team must be notified when an API token stored in SSM Parameter Store has "
        "not changed for 90 days. Which solution meets these requirements with the LEAST "
        "operational overhead?",
        SECRETS,
    ),
    (
        "A software vendor shares an AMI with 30 customer accounts. Which accounts are billed "
        "for the EC2 instances launched from the shared AMI?",
        AMIS,
    ),
    (
        "A company wants to turn the existing public custom domain name of its API into a "
        "private custom domain name for a private REST API. What should the company know?",
        API_GATEWAY_ACM,
    ),
    (
        "A company's records must stay encrypted end to end while they move between AWS "
        "accounts, services and other cloud providers, and only the company's application may "
        "decrypt them. Which solution meets these requirements?",
        CLIENT_SIDE,
    ),
    ("how do i turn an existing kms key into a multi-region key", KMS),
    ("does ebs encryption affect iops or latency", STORAGE),
    ("guardduty 30 day free trial cost estimate", GUARDDUTY),
    ("guardduty alert when someone turns off cloudtrail logging", GUARDDUTY),
    ("how often does inspector update its vulnerability database", INSPECTOR),
    ("inspector delegated admin same account in every region", INSPECTOR),
    ("rds-ca-2019 expired", IN_FLIGHT),
    ("ssl handshake order certificate check then key exchange", IN_FLIGHT),
    ("are object lock retention settings replicated", S3_REPLICATION),
    ("replication role trust policy s3.amazonaws.com", S3_REPLICATION),
    ("dsse-kms key in a different region than the bucket", SERVER_SIDE),
    ("lost my sse-c key can aws recover the object", SERVER_SIDE),
    ("firewall manager policy scope include or exclude resource tags", FIREWALL_MANAGER),
    ("firewall manager aws config daily vs continuous recording", FIREWALL_MANAGER),
    ("SensitiveData:S3Object/Multiple", MACIE),
    ("macie weekly job only new or changed objects", MACIE),
    ("how often can secret manager rotate a password", SECRETS),
    ("how many cross-account replicas can one secret have", SECRETS),
    ("is the encryption context case sensitive", CLIENT_SIDE),
    ("security hub automation rules suppress findings", THREAT_DETECTION),
    ("encryption context ForAllValues condition rejected in key policy", KMS),
    ("sse-kms uploads count against kms requests per second quota", KMS),
    ("kms generatedatakeywithoutplaintext permission for encrypted ebs volumes", STORAGE),
    ("is data between rds and its read replicas encrypted in transit", STORAGE),
    ("member account cannot turn off guardduty s3 protection", GUARDDUTY),
    ("lambda code scanning weak cryptography missing encryption", INSPECTOR),
    ("why does a kms encrypted rds database still allow connections without tls", IN_FLIGHT),
    ("sse-s3 object replicated to a bucket with sse-kms default encryption", S3_REPLICATION),
    ("kms ReEncrypted permission for a shared ami", AMIS),
    ("do i need to share the ebs snapshots to launch from a shared ami", AMIS),
    ("pin the mutual tls truststore version with s3 versioning", API_GATEWAY_ACM),
    ("lambda authorizer gets the client certificate with mutual tls", API_GATEWAY_ACM),
    ("client-side encrypted object also gets sse-s3 default encryption", CLIENT_SIDE),
    ("do guardduty inspector and macie share one delegated administrator", THREAT_DETECTION),
    ("which scs-c03 domain do kms key policies count under", EXAM_MAP),
    ("flashcards csv for quizlet", HOME),
    ("logo goes back to the home page on my phone", HOME),
    ("why do links print with their url", HOME),
    ("what does cis stand for", GLOSSARY),
    ("tde acronym meaning", GLOSSARY),
    ("does this site cover amazon detective and forensics", EXAM_MAP),
    ("at a glance tables of every page on one sheet", CHEAT_SHEET),
    ("practice test with multiple choice multiple response ordering and matching", PRACTICE),
    ("how many flashcards come from the data protection section", DATA_PROTECTION),
    ("which page explains mutual tls and which one shield advanced", EDGE),
    # --- A ninth held-out batch: stems, short queries, mixed topics and the site itself; run once
    # before any change it could have guided. ------------------------------------------------
    (
        "A security engineer in account 111122223333 added a key policy statement that allows "
        "account 444455556666 to call kms:ScheduleKeyDeletion on a customer managed key. "
        "Administrators in account 444455556666 still cannot schedule the key for deletion, "
        "even with an IAM policy that allows it. What is the reason?",
        KMS,
    ),
    (
        "A company will import key material that it generates in its own HSMs into symmetric "
        "KMS keys. The security team asks what the company must do so that it can recover if "
        "AWS KMS loses the imported material in a Region-wide failure. Which statement is "
        "correct?",
        KMS,
    ),
    (
        "A company serves a website through an Amazon CloudFront distribution whose origin is "
        "an Application Load Balancer. Viewers connect over HTTPS, but an audit shows that "
        "requests from CloudFront to the load balancer travel over plain HTTP. Which setting "
        "should the company change to encrypt this hop?",
        IN_FLIGHT,
    ),
    (
        "A company created new general purpose S3 buckets in the Middle East (Bahrain) Region "
        "and in eu-west-1 in May 2026. Uploads that use SSE-C succeed in Bahrain but fail with "
        "403 AccessDenied in eu-west-1. What explains the difference?",
        SERVER_SIDE,
    ),
    (
        "A team needs a client-side library that stores the encrypted data keys and the "
        "encryption context together with the ciphertext in one portable message, so that any "
        "authorized client can decrypt data that passes through several services. Which "
        "solution meets these requirements?",
        CLIENT_SIDE,
    ),
    (
        "A company must give a legacy reporting tool an unencrypted copy of a database that "
        "runs on an Amazon RDS for MySQL DB instance encrypted with a customer managed KMS key."
        " What should a solutions architect do?",
        STORAGE,
    ),
    (
        "A security engineer tries to share an automated snapshot of an encrypted Amazon RDS DB"
        " instance with an auditing account and cannot. The snapshot is encrypted with a "
        "customer managed key that the auditing account may use. What should the engineer do "
        "first?",
        STORAGE,
    ),
    (
        "A cross-account replication rule names the destination KMS key in ReplicaKmsKeyID by "
        "its alias name instead of its ARN, and the replicas end up encrypted under an "
        "unexpected key. What is the cause, and how should the rule name the key?",
        S3_REPLICATION,
    ),
    (
        "Account A shares an encrypted AMI with account B through its launch permission and "
        "shares the customer managed key. A team in account B now tries to share the same AMI "
        "with account C and cannot. Why?",
        AMIS,
    ),
    (
        "A company chooses the alternating users rotation strategy for an Amazon RDS database "
        "secret in AWS Secrets Manager. What else must the company provide so that rotation can"
        " create the cloned user?",
        SECRETS,
    ),
    (
        "A company runs several Amazon EKS clusters and must detect suspicious calls to the "
        "Kubernetes API, such as anonymous access and risky pod creation, without deploying any"
        " agent. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "For a CVE on an Amazon Linux EC2 instance, the Amazon Inspector score starts from a "
        "CVSS base score that differs from the National Vulnerability Database score for the "
        "same CVE. What is the most likely reason?",
        INSPECTOR,
    ),
    (
        "A security team creates an Amazon Macie custom data identifier for internal project "
        "codes and configures no severity settings. Which severity do the sensitive data "
        "findings that it produces have?",
        MACIE,
    ),
    (
        "A company uses an AWS Firewall Manager AWS WAF policy to put common rule groups on "
        "every Application Load Balancer in its organization. Application teams want to add "
        "rules of their own to the web ACLs without removing the central rules. What should the"
        " security team tell them?",
        FIREWALL_MANAGER,
    ),
    (
        "A developer with full API Gateway and ACM permissions tries to create an edge-"
        "optimized custom domain name with a validated certificate in us-east-1, and the "
        "request is denied. Which additional permission does the developer need?",
        API_GATEWAY_ACM,
    ),
    ("kms:granteeserviceprincipal", KMS),
    ("change key usage of an existing kms key", KMS),
    ("efs default key aws/elasticfilesystem", STORAGE),
    ("dynamodb indexes and streams encryption key", STORAGE),
    ("does guardduty keep a copy of my flow logs", GUARDDUTY),
    ("guardduty entity lists trusted domains", GUARDDUTY),
    ("search inspector vulnerability database by cve id", INSPECTOR),
    ("inspector hybrid scan mode", INSPECTOR),
    ("tlsv1.2_2025 cloudfront security policy", IN_FLIGHT),
    ("acm http validation for cloudfront", IN_FLIGHT),
    ("is sse-s3 free", SERVER_SIDE),
    ("aws:kms:dsse header", SERVER_SIDE),
    ("encryption context pair order when decrypting", CLIENT_SIDE),
    ("s3 replication delay for large objects", S3_REPLICATION),
    ("max accounts an ami can be shared with", AMIS),
    ("secrets manager secret size limit", SECRETS),
    ("firewall manager subscribe member accounts to shield advanced", FIREWALL_MANAGER),
    ("network acl policy first and last rules", FIREWALL_MANAGER),
    ("macie health insurance numbers", MACIE),
    ("enhanced security policy endpoint access mode", API_GATEWAY_ACM),
    ("aws/ebs key rotation every year or every three years", KMS),
    ("restore a shared aurora snapshot encrypted with a customer managed key", STORAGE),
    ("encryption context shows bucket arn after enabling bucket key", SERVER_SIDE),
    ("sse-kms bucket still accepts plain http requests", IN_FLIGHT),
    ("encryption sdk raw wrapping keys instead of kms", CLIENT_SIDE),
    ("dsse-kms replication kms throttling without bucket keys", S3_REPLICATION),
    ("aws/s3 as the replica key for a cross-account destination", S3_REPLICATION),
    ("ami shared with an organization but kms key not shared", AMIS),
    ("rotate rds password by rotating the kms key", SECRETS),
    ("mass deleteobject calls detected by guardduty or macie", GUARDDUTY),
    ("guardduty lambda protection or inspector for vulnerable lambda dependencies", INSPECTOR),
    ("macie finding when bucket default encryption goes from sse-kms to sse-s3", MACIE),
    ("private ca certificates in a mutual tls truststore", API_GATEWAY_ACM),
    ("download all the notes as a pdf", HOME),
    ("flashcards to revise on the go", HOME),
    ("which aws services do these notes cover", HOME),
    ("what does epss stand for", GLOSSARY),
    ("acme acronym meaning", GLOSSARY),
    ("which saa-c03 task statement do the secrets and guardduty pages serve", EXAM_MAP),
    ("where to study iam identity center and cognito", EXAM_MAP),
    ("practice quiz with answers and explanations", PRACTICE),
    ("revision sheet that prints on us letter", CHEAT_SHEET),
    ("where to start with the data protection notes", DATA_PROTECTION),
    ("match the noun in the question threat vulnerability sensitive data", THREAT_DETECTION),
    ("section on organization-wide firewall governance and custom domain tls", EDGE),
    # --- A tenth held-out batch: short queries, a learner's own questions, mixed topics and stems;
    # run once, like the ninth. -----------------------------------------------------------------
    ("granteeserviceprincipal condition key", KMS),
    ("mrk- prefix key id", KMS),
    ("how many customer managed kms keys per region", KMS),
    ("resetebsdefaultkmskeyid", STORAGE),
    ("aws/elasticfilesystem default key", STORAGE),
    ("share automated rds snapshot", STORAGE),
    ("eks audit log anonymous access detection", GUARDDUTY),
    ("teamcity plugin for inspector image scans", INSPECTOR),
    ("acm http validation cloudfront", IN_FLIGHT),
    ("replicakmskeyid alias instead of key arn", S3_REPLICATION),
    ("bucket key for objects uploaded before enabling it", SERVER_SIDE),
    ("client-side encryption sender receiver kms permissions", CLIENT_SIDE),
    ("how many accounts can an ami be shared with", AMIS),
    ("secrets manager maximum secret size", SECRETS),
    ("string stringlist securestring parameter types", SECRETS),
    ("default endpoint type for rest apis", API_GATEWAY_ACM),
    ("cname for regional api custom domain", API_GATEWAY_ACM),
    ("waf policy rule groups that run first and last", FIREWALL_MANAGER),
    ("custom data identifier default severity", MACIE),
    ("sensitivedata:s3object/customidentifier", MACIE),
    ("free aws security study notes", HOME),
    ("srr crr rtc abbreviations meaning", GLOSSARY),
    ("revision printout a4 or us letter", CHEAT_SHEET),
    ("can another account schedule deletion of my kms key", KMS),
    ("does guardduty keep a copy of my vpc flow logs", GUARDDUTY),
    ("why did inspector close the findings of an ecr image nobody pulls anymore", INSPECTOR),
    ("do aws api endpoints still accept tls 1.0 or 1.1", IN_FLIGHT),
    ("is s3 replication synchronous", S3_REPLICATION),
    ("does changing an object's encryption in place change its etag", SERVER_SIDE),
    ("does s3 know an object was encrypted on the client", CLIENT_SIDE),
    ("can the account i shared my ami with share it with others", AMIS),
    (
        "can i edit the cloudfront distribution api gateway creates for my custom domain",
        API_GATEWAY_ACM,
    ),
    ("does firewall manager filter any traffic itself", FIREWALL_MANAGER),
    ("which of guardduty inspector and macie need an agent", THREAT_DETECTION),
    ("do these notes cover iam identity center and permissions boundaries", EXAM_MAP),
    ("external key store double encryption for s3 and ebs", KMS),
    ("sse-kms with an asymmetric or hmac kms key", KMS),
    ("copy files with rsync onto a kms encrypted ebs volume", STORAGE),
    ("kms key for dynamodb streams and global secondary indexes", STORAGE),
    ("detect reverse shells in running containers not image cves", GUARDDUTY),
    ("does s3 default encryption protect data in transit", IN_FLIGHT),
    ("versioning on both buckets to replicate sse-s3 objects", S3_REPLICATION),
    ("kms:decrypt needed to download sse-kms objects", SERVER_SIDE),
    ("make an ami public when its ebs snapshots are kms encrypted", AMIS),
    ("tls security policy on the api vs on its custom domain name", API_GATEWAY_ACM),
    (
        "port 22 open to the internet vs crypto mining domain vs passport numbers which service",
        THREAT_DETECTION,
    ),
    ("use tls and server-side encryption together or just one", DATA_PROTECTION),
    ("incident response forensics after a guardduty finding", EXAM_MAP),
    (
        "An application calls CreateGrant to let a service principal use a customer managed KMS"
        " key and then immediately calls Decrypt with the new grant, but the first calls "
        "sometimes fail with AccessDeniedException. What should the application do?",
        KMS,
    ),
    (
        "A security engineer turned on EBS encryption by default in us-east-1. An audit a week "
        "later finds that new EBS volumes created in eu-west-1 are still unencrypted. What is "
        "the most likely reason?",
        STORAGE,
    ),
    (
        "A company enabled Amazon GuardDuty in every Region and created one Amazon EventBridge "
        "rule in us-east-1 that sends GuardDuty findings to an SNS topic. Findings raised in "
        "ap-southeast-2 never produce an email. What is the cause?",
        GUARDDUTY,
    ),
    (
        "A security team receives hundreds of Critical and High Amazon Inspector package "
        "vulnerability findings and wants to patch first the vulnerabilities that are most "
        "likely to be exploited in the wild. Which value in the findings should the team use to"
        " prioritize?",
        INSPECTOR,
    ),
    (
        "A company serves a website through Amazon CloudFront with an Application Load Balancer"
        " as the origin. A security review requires HTTPS between viewers and CloudFront and "
        "between CloudFront and the origin. Which settings should the team configure?",
        IN_FLIGHT,
    ),
    (
        "A company replicates SSE-KMS objects from us-east-1 to eu-west-1 with a multi-Region "
        "KMS key: the primary key is in us-east-1 and its replica in eu-west-1 is the "
        "ReplicaKmsKeyID. The replication role is allowed kms:Decrypt on the primary key only, "
        "because the team expects S3 to reuse the same key material. Replication fails. Why?",
        S3_REPLICATION,
    ),
    (
        "Developers must encrypt messages inside their application before sending them through "
        "Amazon SQS, with a KMS key as the wrapping key and the encrypted data key stored with "
        "each message. Which AWS library should they use?",
        CLIENT_SIDE,
    ),
    (
        "A team stores application settings as standard-tier SSM Parameter Store parameters and"
        " now needs about 30,000 parameters in one Region. What should the team do?",
        SECRETS,
    ),
    (
        "A security team must put a baseline set of AWS WAF rule groups on every Application "
        "Load Balancer in all accounts of its organization, while each application team can "
        "still add its own rules to the same web ACL. Which solution meets these requirements?",
        FIREWALL_MANAGER,
    ),
    (
        "A Macie administrator sees that automated sensitive data discovery keeps sampling a "
        "member account's bucket of public marketing images. How can the administrator stop "
        "automated discovery from analyzing that bucket while it still covers all other "
        "buckets?",
        MACIE,
    ),
    # --- An eleventh held-out batch: what a learner searches after a practice question gone wrong
    # (API actions, error messages, finding types, stems); run once, like the tenth. -----------
    ("securestring parameter", SECRETS),
    ("epss score", INSPECTOR),
    ("assessment templates", INSPECTOR),
    ("firewall manager prerequisites", FIREWALL_MANAGER),
    ("disable execute-api endpoint", API_GATEWAY_ACM),
    ("revision summary print", CHEAT_SHEET),
    ("scs-c03 domains", EXAM_MAP),
    ("acronyms", GLOSSARY),
    ("dark mode", HOME),
    ("kms:Decrypt AccessDeniedException iam policy allows it", KMS),
    ("multi-region key replica separate key policy", KMS),
    ("cloudhsm instead of kms oracle tde ssl offload", KMS),
    ("putobject with customer provided key returns 403 accessdenied", SERVER_SIDE),
    ("bucket policy deny uploads without x-amz-server-side-encryption aws:kms", SERVER_SIDE),
    ("convert existing sse-s3 objects to sse-kms in place", SERVER_SIDE),
    ("s3 encryption client bucket keys kms request cost", CLIENT_SIDE),
    ("encrypt existing unencrypted rds mysql instance", STORAGE),
    ("efs mount -o tls stunnel", STORAGE),
    ("bucket key enabled replication stopped kms:Decrypt destination key", S3_REPLICATION),
    ("shared ami launches fine but copyimage fails", AMIS),
    ("secretsmanager:GetSecretValue cross account aws/secretsmanager key", SECRETS),
    ("ManageMasterUserPassword how often does it rotate", SECRETS),
    ("guardduty suppress findings from our vulnerability scanner", GUARDDUTY),
    ("runtime monitoring agent ecs fargate sidecar", GUARDDUTY),
    ("inspector agentless scan using ebs snapshots", INSPECTOR),
    ("macie custom data identifier employee id regex", MACIE),
    ("macie scan rds or dynamodb for pii", MACIE),
    ("nlb pass through tls to targets tcp 443", IN_FLIGHT),
    ("acm imported certificate not renewed on alb", IN_FLIGHT),
    ("api gateway mutual tls truststore s3", API_GATEWAY_ACM),
    ("cve vs pii vs compromised credentials which service", THREAT_DETECTION),
    ("encryption in transit vs at rest vs client side", DATA_PROTECTION),
    ("practice questions matching ordering by domain", PRACTICE),
    ("org firewall policies and api custom domain tls", EDGE),
    (
        "the kms key was created with imported key material and the security team wants "
        "automatic yearly rotation, what should they do",
        KMS,
    ),
    (
        "which s3 encryption option lets the company generate and store keys on premises while "
        "s3 performs the encryption and decryption",
        SERVER_SIDE,
    ),
    (
        "an application must encrypt 5 mb documents with a kms key before uploading them so "
        "that amazon s3 never sees the plaintext",
        CLIENT_SIDE,
    ),
    (
        "the target account cannot restore the shared encrypted rds snapshot even though the "
        "key policy already allows the account",
        STORAGE,
    ),
    (
        "after adding a cross-region replication rule the sse-s3 objects replicate but objects "
        "encrypted with a customer managed kms key do not",
        S3_REPLICATION,
    ),
    (
        "a company wants to share an ami whose snapshots are encrypted with aws/ebs with a "
        "partner account, what must it do first",
        AMIS,
    ),
    (
        "a lambda function calls secrets manager on every invocation and api costs are rising, "
        "what reduces the calls with the least code change",
        SECRETS,
    ),
    (
        "an ec2 instance is querying domains associated with bitcoin mining, which service "
        "detects this and how do we isolate the instance automatically",
        GUARDDUTY,
    ),
    (
        "the company wants findings when instances communicate with ip addresses from its own "
        "threat intelligence feed",
        GUARDDUTY,
    ),
    (
        "the security team must be alerted when a newly published critical cve affects packages"
        " in a deployed lambda function",
        INSPECTOR,
    ),
    ("macie sensitive data findings show up in eventbridge but not in security hub", MACIE),
    (
        "a security engineer needs every new account that joins the ou to get shield advanced "
        "protection on its application load balancers automatically",
        FIREWALL_MANAGER,
    ),
    (
        "an edge-optimized rest api in eu-west-1 needs a custom domain but the acm certificate "
        "created in eu-west-1 is not listed",
        API_GATEWAY_ACM,
    ),
    (
        "every connection to the rds postgresql database must use tls, the instance is already "
        "encrypted with kms",
        IN_FLIGHT,
    ),
    (
        "developers keep launching instances with unencrypted ebs volumes, how to ensure all "
        "new volumes in every region are encrypted",
        STORAGE,
    ),
    # --- A twelfth held-out batch: keywords, natural questions, stems and mixed topics, each page
    # judged from its content; run once, like the eleventh. ------------------------------------
    ("cvss severity", INSPECTOR),
    ("mtls truststore", API_GATEWAY_ACM),
    ("createVolumePermission", AMIS),
    ("scs-c03 domain weights", EXAM_MAP),
    ("rotate customer managed kms key every 180 days", KMS),
    ("kms decrypt AccessDeniedException even though iam policy allows it", KMS),
    ("difference between sse-s3 and sse-kms", SERVER_SIDE),
    ("encrypt existing unencrypted rds instance", STORAGE),
    ("share encrypted ami with another aws account", AMIS),
    ("parameter store vs secrets manager cost", SECRETS),
    ("enable gaurdduty in all accounts and regions", GUARDDUTY),
    ("inspector scan ec2 without installing ssm agent", INSPECTOR),
    ("macie detect our own customer id format", MACIE),
    ("deny plain http requests to s3 bucket", IN_FLIGHT),
    ("require tls 1.2 minimum for s3 clients", IN_FLIGHT),
    ("encrypt a 1 gb file with a kms key", CLIENT_SIDE),
    ("apply the same waf rules to albs in every account", FIREWALL_MANAGER),
    ("edge optimized api custom domain certificate in wrong region", API_GATEWAY_ACM),
    ("guardduty vs inspector vs macie which one to use", THREAT_DETECTION),
    (
        "encryption at rest vs in transit vs client side, what each protects against",
        DATA_PROTECTION,
    ),
    ("what does cspm stand for", GLOSSARY),
    ("how to switch to dark mode", HOME),
    ("printable summary for last minute revision", CHEAT_SHEET),
    ("mock exam questions with answers explained", PRACTICE),
    (
        "a company must ensure that every object uploaded to an s3 bucket is encrypted with "
        "sse-kms using a customer managed key, and uploads that do not request it must be "
        "denied. which solution meets these requirements?",
        SERVER_SIDE,
    ),
    (
        "a lambda function in account b must decrypt data that was encrypted with a customer "
        "managed kms key owned by account a. which combination of steps will allow this?",
        KMS,
    ),
    (
        "a developer hard-coded database credentials in an application running on ec2. the "
        "security team wants the credentials stored centrally and rotated automatically without"
        " application changes. which aws service should be used?",
        SECRETS,
    ),
    (
        "guardduty reports that an ec2 instance is communicating with an ip address associated "
        "with bitcoin mining. the company wants affected instances isolated automatically. what"
        " should a security engineer do?",
        GUARDDUTY,
    ),
    (
        "a company with 50 accounts in aws organizations must find which s3 buckets contain "
        "credit card numbers and passport numbers with the least operational effort. which "
        "solution meets these requirements?",
        MACIE,
    ),
    (
        "a company needs continuous vulnerability scanning of its ec2 instances and container "
        "images stored in amazon ecr across all accounts, with findings prioritized by how "
        "likely they are to be exploited",
        INSPECTOR,
    ),
    (
        "account a shared an ami with account b. account b can see the ami, but every launch "
        "fails with a kms error. the snapshots use a customer managed key. what is the most "
        "likely cause?",
        AMIS,
    ),
    (
        "a solutions architect set up cross-region replication on an s3 bucket. objects "
        "encrypted with sse-s3 replicate, but objects encrypted with sse-kms never appear in "
        "the destination bucket. what should the architect do?",
        S3_REPLICATION,
    ),
    (
        "a healthcare company must encrypt patient files before uploading them to amazon s3 so "
        "that aws never has access to the plaintext. which approach meets this requirement?",
        CLIENT_SIDE,
    ),
    (
        "traffic from clients to web servers on ec2 behind an elastic load balancer must remain"
        " encrypted end to end, and the tls private key must stay on the web servers. which "
        "design meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "a company wants iot devices to authenticate to its api gateway rest api using client "
        "certificates issued by an internal certificate authority. what must the company "
        "configure?",
        API_GATEWAY_ACM,
    ),
    (
        "a security team must ensure that security groups in every account of the organization "
        "never allow ssh from 0.0.0.0/0, and that noncompliant rules are remediated "
        "automatically. which service should the team use?",
        FIREWALL_MANAGER,
    ),
    (
        "a company has an unencrypted ebs volume attached to a production ec2 instance and must"
        " encrypt it with a customer managed kms key. which steps should a solutions architect "
        "take?",
        STORAGE,
    ),
    (
        "a security engineer scheduled a customer managed kms key for deletion 10 days ago, and"
        " now an application fails to decrypt data. how can the engineer restore access to the "
        "data?",
        KMS,
    ),
    (
        "a company wants a single place to view findings from guardduty, inspector and macie "
        "across accounts and to check its resources against pci dss controls. which service "
        "should it use?",
        THREAT_DETECTION,
    ),
    (
        "kms key policy for s3 replication when destination key is in another account",
        S3_REPLICATION,
    ),
    ("kms:CreateGrant needed to launch ec2 from shared encrypted ami", AMIS),
    (
        "application in account b gets access denied reading a secrets manager secret from "
        "account a encrypted with aws/secretsmanager",
        SECRETS,
    ),
    ("macie sensitive data findings not showing in security hub", MACIE),
    ("guardduty didn't alert on mass s3 deleteobject calls", GUARDDUTY),
    ("multi-region kms key as replica key for s3 replication", S3_REPLICATION),
    ("s3 encryption client with bucket keys kms request costs", CLIENT_SIDE),
    ("copy encrypted rds snapshot to dr region kms key", STORAGE),
    ("imported acm certificate expired on api gateway custom domain", API_GATEWAY_ACM),
    ("inspector cve findings eventbridge trigger systems manager patching", INSPECTOR),
    # --- A thirteenth held-out batch: loose everyday queries and precise stems or answer options;
    # run once, after every change of the round before it. ---------------------------------------
    ("encrypt s3 bucket", SERVER_SIDE),
    ("how do i stop people uploading unencrypted files to my bucket", SERVER_SIDE),
    ("what is guardduty for", GUARDDUTY),
    ("rotate rds pasword automaticaly", SECRETS),
    ("where should my lambda function keep the database password", SECRETS),
    ("add https certificate to application load balancer", IN_FLIGHT),
    ("make s3 bucket only accept https", IN_FLIGHT),
    ("rds database created without encryption how to encrypt it now", STORAGE),
    ("is dynamodb encrypted by default", STORAGE),
    ("find credit card numbers in s3 files", MACIE),
    ("scan ec2 instances for vulnerabilites", INSPECTOR),
    ("guardduty vs inspector vs macie whats the diffrence", THREAT_DETECTION),
    ("someone mining bitcoin on my ec2 instance how to detect", GUARDDUTY),
    ("apply same waf rules to all accounts in my organization", FIREWALL_MANAGER),
    ("ddos protection for load balancers in every account", FIREWALL_MANAGER),
    ("api gateway custom domain ssl certificate which region", API_GATEWAY_ACM),
    ("share encrypted ami with another account", AMIS),
    ("copy kms encrypted s3 objects to a bucket in another region", S3_REPLICATION),
    ("what is envelope encryption", CLIENT_SIDE),
    ("encrypt files in my app before uploading to s3", CLIENT_SIDE),
    ("how often does kms rotate keys", KMS),
    ("i deleted a kms key by mistake can i get it back", KMS),
    ("encryption at rest vs in transit vs client side", DATA_PROTECTION),
    ("download notes as pdf", HOME),
    ("printable one page summary for exam", CHEAT_SHEET),
    ("practice questions to test myself", PRACTICE),
    ("which topics are on the saa exam secure architectures", EXAM_MAP),
    ("what do all these acronyms mean list", GLOSSARY),
    ("overview of edge and governance stuff", EDGE),
    (
        "A company requires every object uploaded to an S3 bucket to be encrypted with SSE-KMS."
        " Which bucket policy statement denies s3:PutObject requests that do not request "
        "aws:kms encryption?",
        SERVER_SIDE,
    ),
    (
        "Add a condition on kms:ViaService to the key policy so the role can use the key only "
        "through Amazon S3 and not by calling AWS KMS directly",
        KMS,
    ),
    (
        "An application role has an IAM policy that allows kms:Decrypt on a customer managed "
        "key, but calls fail with AccessDeniedException. The key policy grants access only to "
        "an admin role. What is the cause?",
        KMS,
    ),
    (
        "A company must generate key material in its on-premises HSM, use it in AWS KMS, and be"
        " able to remove the key material from AWS immediately. Which solution meets these "
        "requirements?",
        KMS,
    ),
    (
        "Which properties of a multi-Region KMS key are shared between the primary key and its "
        "replica keys, and which, such as the key policy, are set independently in each Region?",
        KMS,
    ),
    (
        "A company must rotate the master user password of an Amazon RDS for MySQL database "
        "every 7 days with the LEAST operational overhead. Which solution meets these "
        "requirements?",
        SECRETS,
    ),
    (
        "A role in account B cannot retrieve a Secrets Manager secret in account A that is "
        "encrypted with the aws/secretsmanager key. Which combination of changes allows cross-"
        "account access?",
        SECRETS,
    ),
    (
        "A company wants to share an AMI whose EBS snapshots are encrypted with the AWS managed"
        " key aws/ebs with a partner account. What should the security engineer do first?",
        AMIS,
    ),
    (
        "Account B can launch instances from an encrypted AMI shared by account A, but "
        "CopyImage fails in account B. Which additional permission must account A grant?",
        AMIS,
    ),
    (
        "S3 Cross-Region Replication copies SSE-S3 objects successfully, but objects encrypted "
        "with SSE-KMS never appear in the destination bucket. Which configuration changes are "
        "required?",
        S3_REPLICATION,
    ),
    (
        "Replication of millions of SSE-KMS objects to a bucket in another Region fails with "
        "HTTP 503 errors caused by KMS throttling. Which action reduces the number of KMS "
        "requests?",
        S3_REPLICATION,
    ),
    (
        "A security engineer must encrypt an existing unencrypted Amazon Aurora MySQL DB "
        "cluster with a customer managed KMS key. Which steps meet this requirement with "
        "minimal downtime?",
        STORAGE,
    ),
    (
        "Copy the EBS snapshot and re-encrypt it with a customer managed KMS key, then share "
        "the snapshot copy and grant the target account access to the key in the key policy",
        STORAGE,
    ),
    (
        "A company must audit every use of the KMS key that protects an Amazon DynamoDB table, "
        "without recreating the table or causing downtime. Which solution meets these "
        "requirements?",
        STORAGE,
    ),
    (
        "A company must ensure that all NFS clients connecting to an Amazon EFS file system use"
        " encryption in transit. Which solution enforces this requirement?",
        STORAGE,
    ),
    (
        "An audit finds applications connecting to an RDS for PostgreSQL DB instance without "
        "TLS. Which change makes the database reject all unencrypted connections?",
        IN_FLIGHT,
    ),
    (
        "A regulation requires that payment traffic is decrypted only on the EC2 instances and "
        "never on the load balancer. Which load balancer configuration meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "A developer needs to encrypt 2 MB files with a KMS key, but the KMS Encrypt API call "
        "fails because of the payload size. Which approach should the developer use?",
        CLIENT_SIDE,
    ),
    (
        "Company policy states that Amazon S3 and AWS operators must never have access to "
        "plaintext data. Which encryption approach satisfies this requirement for objects "
        "stored in S3?",
        CLIENT_SIDE,
    ),
    (
        "A compliance framework requires two independent layers of encryption for objects at "
        "rest in Amazon S3. Which server-side encryption option meets this requirement, and can"
        " it use S3 Bucket Keys?",
        SERVER_SIDE,
    ),
    (
        "A company wants to detect EC2 instances communicating with known command-and-control "
        "servers and IAM access keys being used from unusual locations. Which AWS service "
        "should be enabled?",
        GUARDDUTY,
    ),
    (
        "GuardDuty keeps generating Recon findings for the company's approved internal "
        "vulnerability scanner instance. How can the security team stop these findings from "
        "reaching Security Hub and EventBridge without disabling GuardDuty?",
        GUARDDUTY,
    ),
    (
        "A company wants continuous vulnerability scanning of container images in Amazon ECR "
        "that automatically rescans existing images when new CVEs are published. Which solution"
        " meets these requirements?",
        INSPECTOR,
    ),
    (
        "Which AWS service reports EC2 instances with ports reachable from the internet through"
        " an internet gateway, without installing an agent or sending any traffic?",
        INSPECTOR,
    ),
    (
        "A company must identify S3 objects that contain employee IDs in a proprietary format "
        "that Macie managed data identifiers do not detect. What should the security engineer "
        "configure?",
        MACIE,
    ),
    (
        "The security team sees Macie policy findings in AWS Security Hub but no sensitive data"
        " findings for PII in S3. What should be changed?",
        MACIE,
    ),
    (
        "A company uses AWS Organizations and must ensure every new Application Load Balancer "
        "in any account is protected by a standard AWS WAF web ACL. Which solution has the "
        "LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A company hosts an edge-optimized REST API in eu-west-1 with a custom domain name. The"
        " ACM certificate requested in eu-west-1 cannot be selected. What should the engineer "
        "do?",
        API_GATEWAY_ACM,
    ),
    (
        "A partner must authenticate to a REST API with client certificates and must not be "
        "able to bypass the check by calling the default execute-api endpoint. Which "
        "configuration meets these requirements?",
        API_GATEWAY_ACM,
    ),
    (
        "A company runs GuardDuty, Inspector, and Macie in 50 accounts and needs one view of "
        "all findings plus automated checks against the CIS AWS Foundations Benchmark. Which "
        "service should be used?",
        THREAT_DETECTION,
    ),
    # --- A fourteenth held-out batch: keywords, medium queries that mix topics, questions, stems
    # and the site itself; run once, before any change it could guide. --------------------------
    ("BitcoinTool.B!DNS", GUARDDUTY),
    ("AWSPENDING label", SECRETS),
    ("DNS Firewall policy", FIREWALL_MANAGER),
    ("S3BucketSharedExternally", MACIE),
    ("Inspector Classic", INSPECTOR),
    ("Security Hub CSPM", THREAT_DETECTION),
    ("bucket keys break replication kms decrypt destination", S3_REPLICATION),
    ("let another account use my kms key", KMS),
    ("share encrypted ebs snapshot with other account", STORAGE),
    ("ami encrypted with aws/ebs cannot be shared", AMIS),
    ("secrets manager secret read from another account", SECRETS),
    ("guardduty finding email alert sns eventbridge", GUARDDUTY),
    ("inspector ecr image rescan duration days", INSPECTOR),
    ("macie custom identifier for employee numbers", MACIE),
    ("firewall manager prerequisites aws config organizations", FIREWALL_MANAGER),
    ("edge optimized custom domain certificate region", API_GATEWAY_ACM),
    ("nlb tcp listener 443 without decrypting", IN_FLIGHT),
    ("sse-c customer key sent every request https", SERVER_SIDE),
    ("kms encrypt fails file bigger than 4kb", CLIENT_SIDE),
    ("change existing objects from sse-s3 to sse-kms", SERVER_SIDE),
    ("s3 encryption client bucket keys kms costs", CLIENT_SIDE),
    ("how do i make an s3 bucket reject plain http requests", IN_FLIGHT),
    ("why are my sse-kms objects not showing up in the replica bucket", S3_REPLICATION),
    ("can i turn on encryption for an existing unencrypted rds database", STORAGE),
    ("how do i rotate a customer managed kms key every 180 days", KMS),
    ("why does launching an instance from a shared encrypted ami fail", AMIS),
    ("can macie find pii in rds or dynamodb", MACIE),
    ("do i have to enable vpc flow logs for guardduty to work", GUARDDUTY),
    ("how does inspector scan ec2 instances that have no ssm agent", INSPECTOR),
    ("who is allowed to create a firewall manager admin account", FIREWALL_MANAGER),
    ("how do i stop callers bypassing my api gateway custom domain", API_GATEWAY_ACM),
    ("what's the difference between parameter store and secrets manager", SECRETS),
    ("when should i encrypt on the client instead of using sse", CLIENT_SIDE),
    (
        "A company stores regulated documents in an Amazon S3 bucket. Auditors require a record"
        " of every use of the encryption key, and the security team must be able to disable the"
        " key at any time. Which encryption option meets these requirements with the LEAST "
        "operational overhead?",
        SERVER_SIDE,
    ),
    (
        "A financial services company must ensure that its encryption key material is never "
        "stored inside AWS. The company still wants Amazon S3 and Amazon EBS to encrypt data "
        "through their native AWS KMS integration. Which solution meets these requirements?",
        KMS,
    ),
    (
        "A security engineer finds that developers keep creating unencrypted Amazon EBS "
        "volumes. The company wants every new volume in its Regions to be encrypted without "
        "relying on developers. Which solution meets these requirements with the LEAST "
        "operational overhead?",
        STORAGE,
    ),
    (
        "A company replicates SSE-KMS encrypted objects from a bucket in us-east-1 to a bucket "
        "in eu-west-1. After S3 Bucket Keys were enabled, replication started failing with "
        "access denied errors from AWS KMS. What should a security engineer do to restore "
        "replication?",
        S3_REPLICATION,
    ),
    (
        "A company wants to give a partner AWS account a custom AMI whose snapshots are "
        "encrypted with a customer managed key. The partner must be able to copy the AMI into "
        "its own account and re-encrypt it with its own key. Which combination of steps should "
        "the company take? (Choose two.)",
        AMIS,
    ),
    (
        "An application on Amazon EC2 connects to an Amazon RDS for MySQL database with a "
        "master user password. Company policy requires the password to be changed automatically"
        " every 30 days without application downtime. Which solution meets these requirements "
        "with the LEAST operational overhead?",
        SECRETS,
    ),
    (
        "A security team suspects that some EC2 instances have been hijacked to mine "
        "cryptocurrency. The team wants to detect this activity and automatically isolate any "
        "affected instance. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "A company builds container images in a CI/CD pipeline before pushing them to Amazon "
        "ECR. The security team wants the build to fail when an image contains critical CVEs, "
        "before the image is ever pushed. Which solution meets these requirements?",
        INSPECTOR,
    ),
    (
        "A company has several hundred S3 buckets and does not know which ones hold customer "
        "passport numbers. The data protection officer wants continuous, organization-wide "
        "visibility into which buckets are most sensitive. Which solution meets these "
        "requirements with the LEAST effort?",
        MACIE,
    ),
    (
        "A company has 200 AWS accounts in AWS Organizations and adds new accounts every month."
        " Every Application Load Balancer in every account, including accounts created later, "
        "must have the same AWS WAF rules. Which solution meets these requirements with the "
        "LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A developer deploys an edge-optimized REST API in eu-west-1 and wants to serve it at "
        "api.example.com. The developer requested a certificate in AWS Certificate Manager in "
        "eu-west-1, but it cannot be selected for the custom domain name. What should the "
        "developer do?",
        API_GATEWAY_ACM,
    ),
    (
        "An Amazon RDS for PostgreSQL DB instance is encrypted at rest with a customer managed "
        "KMS key. An audit shows that some clients still connect to it without TLS. How can the"
        " security engineer ensure that every connection to the database is encrypted?",
        IN_FLIGHT,
    ),
    ("all practice questions sorted by exam domain", PRACTICE),
    ("which scs-c03 domains do these notes cover", EXAM_MAP),
    ("download the notes as pdf or flashcards", HOME),
    # --- A fifteenth held-out batch: a learner's own words after a wrong practice answer, written
    # at the same time as the fourteenth and run once with it. ----------------------------------
    ("AMI launch permission", AMIS),
    ("KMS throttling 503 errors during cross-Region replication", S3_REPLICATION),
    ("email alert on GuardDuty finding via EventBridge SNS", GUARDDUTY),
    ("Inspector keeps rescanning old ECR images", INSPECTOR),
    ("Macie sensitive data findings missing from Security Hub", MACIE),
    ("share AMI encrypted with default aws/ebs key", AMIS),
    ("turn unencrypted RDS into encrypted via snapshot copy", STORAGE),
    ("NLB TCP 443 passthrough, targets terminate TLS", IN_FLIGHT),
    ("org firewall governance and API domain certificates overview", EDGE),
    ("Firewall Manager prerequisites AWS Config all features", FIREWALL_MANAGER),
    ("edge-optimized custom domain certificate created in wrong Region", API_GATEWAY_ACM),
    ("SSE-C upload 403 AccessDenied on new bucket", SERVER_SIDE),
    ("S3 Encryption Client KMS request count per object", CLIENT_SIDE),
    ("partner account decrypt with our KMS key", KMS),
    ("GuardDuty vs Inspector vs Macie: CVEs, PII, threats", THREAT_DETECTION),
    ("switch DynamoDB table to a customer managed key", STORAGE),
    ("in transit vs at rest vs client-side encryption", DATA_PROTECTION),
    ("GuardDuty Runtime Monitoring agent on ECS Fargate tasks", GUARDDUTY),
    ("which notes help with SAA-C03 secure architectures domain", EXAM_MAP),
    ("how do i make an s3 bucket reject requests over plain http", IN_FLIGHT),
    ("why can the other account see my shared ami but its instances fail to start", AMIS),
    ("what happens to data encrypted under the old key material after kms rotation", KMS),
    ("can i switch on encryption at rest for an efs file system that already exists", STORAGE),
    ("why do my kms encrypted objects never show up in the replica bucket", S3_REPLICATION),
    ("how do i automatically quarantine an ec2 instance that is mining bitcoin", GUARDDUTY),
    ("can macie look for personal data inside rds or dynamodb", MACIE),
    ("why does kms encrypt keep failing on my 20 mb backup file", CLIENT_SIDE),
    ("which region do i request the acm cert in for an edge optimized rest api", API_GATEWAY_ACM),
    ("how do i rotate the rds master password without maintaining a lambda function", SECRETS),
    ("does inspector still use assessment templates and assessment runs", INSPECTOR),
    ("is s3 encrypting my new uploads by default now or do i need to enable it", SERVER_SIDE),
    (
        "A security team scheduled deletion of a customer managed KMS key with a 30-day waiting"
        " period. Ten days later, a nightly batch job that decrypts archived records under that"
        " key starts failing. What must the team do so the job runs again without losing any "
        "data?",
        KMS,
    ),
    (
        "A company's compliance framework requires that every object stored in an Amazon S3 "
        "bucket is protected by two independent layers of encryption, with the keys managed in "
        "AWS KMS. Which server-side encryption setting meets this requirement with the LEAST "
        "operational effort?",
        SERVER_SIDE,
    ),
    (
        "A security engineer finds that developers keep launching EC2 instances with "
        "unencrypted EBS volumes in several Regions. All new volumes must be encrypted with a "
        "customer managed KMS key without relying on developers to choose it. Which combination"
        " of steps meets this requirement? (Choose two.)",
        STORAGE,
    ),
    (
        "A solutions architect adds a replication rule to an SSE-KMS encrypted bucket and "
        "enters an alias for the replica key that lives in another account. The rule saves "
        "without errors, but no objects ever arrive in the destination bucket. What should the "
        "architect change?",
        S3_REPLICATION,
    ),
    (
        "A company wants every account in one organizational unit to launch EC2 instances from "
        "a golden AMI whose snapshots are encrypted with a customer managed KMS key. Accounts "
        "that join the OU later must get access with no extra work. Which combination of steps "
        "meets these requirements? (Choose two.)",
        AMIS,
    ),
    (
        "A team keeps 15,000 configuration values in AWS Systems Manager Parameter Store, and "
        "some values are 6 KB long. A few parameters must also be shared with a partner "
        "account, and none of them need rotation. What is the MOST cost-effective solution?",
        SECRETS,
    ),
    (
        "A company runs its own DNS resolvers on EC2 instances instead of the Amazon-provided "
        "resolver. After enabling Amazon GuardDuty, the security team notices that no findings "
        "are ever generated from DNS activity. What is the most likely explanation?",
        GUARDDUTY,
    ),
    (
        "A company deploys hundreds of AWS Lambda functions. The security team must be alerted "
        "when a function's third-party libraries have known CVEs and when the function's own "
        "code contains injection flaws. Which solution meets these requirements with the LEAST "
        "operational overhead?",
        INSPECTOR,
    ),
    (
        "A security engineer must be notified whenever any S3 bucket in the company's accounts "
        "becomes publicly accessible or starts replicating data to an account outside the "
        "organization. Which AWS service should the engineer enable to detect these changes?",
        MACIE,
    ),
    (
        "A security engineer must detect and fix security groups that allow inbound SSH from "
        "0.0.0.0/0 in every account of an AWS Organizations organization, including accounts "
        "that are created in the future. Which solution meets these requirements with the LEAST"
        " operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A regulated company must ensure that clients reaching its Regional REST API through "
        "the custom domain name can negotiate only TLS 1.3. Which configuration should the "
        "security engineer apply to the custom domain name?",
        API_GATEWAY_ACM,
    ),
    (
        "A web application uses an Amazon CloudFront distribution in front of an Application "
        "Load Balancer and EC2 instances. A compliance review requires that data is encrypted "
        "on every hop from the viewer to the instances. Which combination of settings meets "
        "this requirement? (Choose three.)",
        IN_FLIGHT,
    ),
    ("list of acronyms and what they stand for", GLOSSARY),
    ("printable two page revision summary", CHEAT_SHEET),
    ("all practice questions grouped by domain", PRACTICE),
    ("download notes as pdf or flashcards for offline study", HOME),
    # --- A sixteenth held-out batch: no bare titles or acronyms, more stems and mixed topics; run
    # once, after every change of the round the fourteenth and fifteenth guided. -----------------
    ("kms rotation period", KMS),
    ("kms grant token", KMS),
    ("SecureTransport bucket policy", IN_FLIGHT),
    ("SSE-C 403 AccessDenied", SERVER_SIDE),
    ("GenerateDataKeyWithoutPlaintext use case", CLIENT_SIDE),
    ("efs tls mount", STORAGE),
    ("replication ReplicaKmsKeyID alias", S3_REPLICATION),
    ("parameter store tiers", SECRETS),
    ("guardduty suppression rule", GUARDDUTY),
    ("ECR re-scan duration", INSPECTOR),
    ("mtls truststore s3", API_GATEWAY_ACM),
    ("security hub standards", THREAT_DETECTION),
    ("destination bucket kms key policy for replication role", S3_REPLICATION),
    ("share rds snapshot encrypted with aws/rds key", STORAGE),
    ("copy shared ami fails createVolumePermission snapshots", AMIS),
    ("kms:ViaService restrict key to s3 only", KMS),
    ("bucket key changes encryption context to bucket arn", SERVER_SIDE),
    ("read secrets manager secret from another account", SECRETS),
    ("rds.force_ssl postgres parameter group", IN_FLIGHT),
    ("acm certificate region for cloudfront distribution", IN_FLIGHT),
    ("edge-optimized custom domain certificate in wrong region", API_GATEWAY_ACM),
    ("guardduty no finding for deleted s3 objects", GUARDDUTY),
    ("inspector score lower than cvss base score", INSPECTOR),
    ("firewall manager shield advanced route 53 hosted zones", FIREWALL_MANAGER),
    ("compare encryption in transit at rest and client-side", DATA_PROTECTION),
    ("multi-region kms key in s3 cross-region replication", S3_REPLICATION),
    ("organization firewall policies and api custom domain certificates", EDGE),
    ("dynamodb table switch to customer managed key", STORAGE),
    ("delete imported key material immediately", KMS),
    ("s3 encryption client kms requests per object", CLIENT_SIDE),
    ("inspector agentless scan without ssm agent", INSPECTOR),
    ("guardduty runtime monitoring ecs fargate sidecar", GUARDDUTY),
    ("macie custom data identifier ignored by automated discovery", MACIE),
    ("disable default execute-api endpoint custom domain", API_GATEWAY_ACM),
    ("how do i encrypt an existing unencrypted ebs volume", STORAGE),
    ("why does kms encrypt fail on a 50 mb file", CLIENT_SIDE),
    ("what happens if i schedule a kms key for deletion and still need it", KMS),
    ("is it possible to replicate sse-c objects to another bucket", S3_REPLICATION),
    ("why can the other account see my shared ami but not launch it", AMIS),
    (
        "is it possible to change the kms key of objects already stored in s3 without copying "
        "them",
        SERVER_SIDE,
    ),
    ("how do i get an email when guardduty reports a high severity finding", GUARDDUTY),
    ("does inspector still use assessment templates and runs", INSPECTOR),
    ("can macie find pii in rds or dynamodb tables", MACIE),
    (
        "why is my imported certificate on the api gateway custom domain not renewing",
        API_GATEWAY_ACM,
    ),
    (
        "what do i need before firewall manager can deploy network firewall policies",
        FIREWALL_MANAGER,
    ),
    ("how do i give a lambda function a database password securely", SECRETS),
    (
        "which service should i use for threats vs vulnerabilities vs sensitive data",
        THREAT_DETECTION,
    ),
    (
        "what is the difference between encryption at rest and encryption in transit on aws",
        DATA_PROTECTION,
    ),
    ("why does s3 replication fail after turning on bucket keys", S3_REPLICATION),
    (
        "A developer used the CreateKey API to create a customer managed KMS key and attached a"
        " key policy that grants access only to a key administrator role. A Lambda execution "
        "role has an IAM policy allowing kms:Decrypt on the key, but every call returns "
        "AccessDeniedException. Which change will allow the IAM policy to take effect?",
        KMS,
    ),
    (
        "A company's auditors require that the key material protecting its Amazon EBS volumes "
        "and S3 objects reside in dedicated, single-tenant hardware security modules that the "
        "company controls. The company wants to keep using the native encryption integrations "
        "of AWS services. Which solution meets these requirements with the LEAST operational "
        "overhead?",
        KMS,
    ),
    (
        "A payment processor runs an application on Amazon EC2 instances behind an Elastic Load"
        " Balancing load balancer. A compliance rule states that cardholder traffic may be "
        "decrypted only on the instances and never on an intermediate device. Which load "
        "balancer configuration meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "A security engineer must ensure that every client reading objects from an Amazon S3 "
        "bucket uses TLS 1.2 or later, including IAM roles from partner accounts. Which "
        "solution meets this requirement with the LEAST operational overhead?",
        IN_FLIGHT,
    ),
    (
        "A government contractor must store documents in Amazon S3. Its regulations require "
        "that each object be protected by two independent layers of encryption at rest, with "
        "keys managed in AWS KMS. Which solution meets these requirements with the LEAST "
        "operational overhead?",
        SERVER_SIDE,
    ),
    (
        "A healthcare company uploads patient scans to Amazon S3. A new regulation states that "
        "no AWS service, and no administrator with S3 permissions, may ever access the scans in"
        " plaintext. Which solution meets this requirement?",
        CLIENT_SIDE,
    ),
    (
        "A company's security policy requires that every new Amazon EBS volume be encrypted, "
        "even when developers forget to choose encryption. The company operates in three "
        "Regions and must be able to prove that the setting is on in each of them. Which "
        "combination of steps meets these requirements? (Select TWO.)",
        STORAGE,
    ),
    (
        "A company runs an encrypted Amazon RDS for MySQL DB instance in us-east-1 under a "
        "customer managed KMS key. For disaster recovery, encrypted manual snapshots must be "
        "copied to us-west-2 and be restorable there. What must the company do?",
        STORAGE,
    ),
    (
        "A company has configured Cross-Region Replication between two versioned S3 buckets in "
        "the same account. Objects encrypted with SSE-S3 replicate successfully, but objects "
        "encrypted with SSE-KMS never appear in the destination bucket. Which combination of "
        "steps will resolve this issue? (Select TWO.)",
        S3_REPLICATION,
    ),
    (
        "A company wants to share a hardened custom AMI with a partner's AWS account. The AMI's"
        " EBS snapshots are encrypted with the AWS managed key aws/ebs. Which solution will "
        "allow the partner to launch EC2 instances from the AMI?",
        AMIS,
    ),
    (
        "A solutions architect must ensure that the master user password of an Amazon Aurora "
        "PostgreSQL cluster is rotated automatically. The company does not want to write or "
        "maintain any rotation code. Which solution meets these requirements with the LEAST "
        "operational overhead?",
        SECRETS,
    ),
    (
        "A company needs to store 2,000 application configuration values, each smaller than 1 "
        "KB, with a version history and no additional charge. None of the values needs "
        "automatic rotation. Which solution meets these requirements MOST cost-effectively?",
        SECRETS,
    ),
    (
        "A company found unauthorized EC2 instances mining cryptocurrency in a Region that it "
        "does not use. The security team must detect this activity in every account and Region "
        "of its organization and isolate affected instances automatically. Which combination of"
        " steps meets these requirements? (Select TWO.)",
        GUARDDUTY,
    ),
    (
        "A security team subscribes to a commercial threat intelligence feed that lists "
        "malicious IP addresses. The team wants Amazon GuardDuty to generate findings whenever "
        "an EC2 instance communicates with one of those addresses. What should the team "
        "configure?",
        GUARDDUTY,
    ),
    (
        "A company pushes container images to Amazon ECR from a CI/CD pipeline and runs them on"
        " Amazon ECS. Images that had no known vulnerabilities when they were pushed must be "
        "flagged when a new CVE that affects them is published. Which solution meets this "
        "requirement with the LEAST operational overhead?",
        INSPECTOR,
    ),
    (
        "A company stores customer documents in hundreds of S3 buckets across many accounts in "
        "AWS Organizations. The compliance team must identify which buckets contain passport "
        "numbers, bank account numbers and other PII. Which solution meets these requirements "
        "with the LEAST operational overhead?",
        MACIE,
    ),
    (
        "A company uses AWS Organizations with 80 member accounts and adds new accounts every "
        "month. The security team must ensure that every VPC in every account, including future"
        " accounts, blocks DNS lookups of known malicious domains. Which solution meets these "
        "requirements with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A security engineer plans to use AWS Firewall Manager to enforce a baseline security "
        "group policy across an organization. Which prerequisites must be in place before the "
        "policy can be applied? (Select TWO.)",
        FIREWALL_MANAGER,
    ),
    (
        "A company exposes a REST API to IoT devices. Each device must authenticate with a "
        "client certificate issued by the company's private certificate authority, and requests"
        " must not be able to bypass this check. Which combination of steps meets these "
        "requirements? (Select THREE.)",
        API_GATEWAY_ACM,
    ),
    (
        "A company runs Amazon GuardDuty, Amazon Inspector and Amazon Macie in 50 accounts. The"
        " security team wants a single place to review all of their findings and to evaluate "
        "the accounts against the CIS AWS Foundations Benchmark. Which service should the team "
        "use?",
        THREAT_DETECTION,
    ),
    ("how do i print the cheat sheet on two pages", CHEAT_SHEET),
    ("flashcards and pdf for offline revision", HOME),
    ("glossary of every acronym used on the site", GLOSSARY),
    ("practice questions sorted by scs-c03 domain", PRACTICE),
    # --- A seventeenth held-out batch: details, informal questions with misspellings and stems;
    # run once after every change of this round, the short names (mTLS, PHI, SigV4) included. ---
    ("kms:CallerAccount principal star", KMS),
    ("PostgreSQL rds.force_ssl", IN_FLIGHT),
    ("ELBSecurityPolicy TLS13 listener", IN_FLIGHT),
    ("S3 SSE-C BlockedEncryptionTypes", SERVER_SIDE),
    ("KMS GenerateDataKeyWithoutPlaintext", CLIENT_SIDE),
    ("Config ec2-ebs-encryption-by-default", STORAGE),
    ("AMI CopyImage createVolumePermission", AMIS),
    ("RDS ManageMasterUserPassword", SECRETS),
    ("Secrets Manager AssociateCrossAccountReplica", SECRETS),
    ("GuardDuty Recon:EC2/Portscan suppression", GUARDDUTY),
    ("ECR rescan duration", INSPECTOR),
    ("Inspector SBOM Generator", INSPECTOR),
    ("Macie SensitiveData:S3Object/Personal", MACIE),
    ("Firewall Manager PutAdminAccount", FIREWALL_MANAGER),
    ("edge-optimized ACM us-east-1", API_GATEWAY_ACM),
    ("undo scheduled KMS key deletion pending window", KMS),
    ("ALB HTTPS listener vs NLB TCP passthrough", IN_FLIGHT),
    ("bucket policy deny PutObject without aws:kms header", SERVER_SIDE),
    ("DSSE-KMS dual layer compliance no bucket keys", SERVER_SIDE),
    ("KMS Encrypt fails on files over 4 KB", CLIENT_SIDE),
    ("S3 Encryption Client bucket keys KMS request costs", CLIENT_SIDE),
    ("encrypt existing Aurora cluster restore snapshot KMS key", STORAGE),
    ("replication 503 errors KMS throttling bucket keys", S3_REPLICATION),
    ("shared AMI visible but launch fails KMS", AMIS),
    ("share AMI with organizational unit launch permission", AMIS),
    ("Parameter Store advanced tier 8 KB expiration", SECRETS),
    ("GuardDuty missed S3 DeleteObject, S3 Protection off", GUARDDUTY),
    ("agentless EC2 vulnerability scan without SSM Agent", INSPECTOR),
    ("third-party firewall policy only default administrator", FIREWALL_MANAGER),
    ("disable execute-api endpoint mutual TLS bypass", API_GATEWAY_ACM),
    ("choose between GuardDuty Inspector and Macie", THREAT_DETECTION),
    ("in transit versus at rest versus client-side protection", DATA_PROTECTION),
    ("organization firewall policies and API domain TLS overview", EDGE),
    ("pages for SAA-C03 Design Secure Architectures", EXAM_MAP),
    ("when should i pick cloudhsm instead of kms", KMS),
    ("is https still safe from mitm if the client skips certificate checks", IN_FLIGHT),
    ("do new s3 uploads get encrypted automaticaly or do i need to enable it", SERVER_SIDE),
    ("whats the diffrence between a data key and a wrapping key", CLIENT_SIDE),
    ("how can i encrypt an efs file system that was created unencrypted", STORAGE),
    ("why are my sse-kms objects not replicating when sse-s3 ones do", S3_REPLICATION),
    ("can you share an ami thats encrypted with aws/ebs with another account", AMIS),
    ("parameter store or secrets manager for rotating db passwords", SECRETS),
    ("do i have to turn on vpc flow logs and cloudtrail for guardduty", GUARDDUTY),
    ("why is the inspector score lower than the cvss score on one instance", INSPECTOR),
    ("can macie look for pii in rds or dynamodb", MACIE),
    (
        "how do i push the same waf rules to every new account in the org automatically",
        FIREWALL_MANAGER,
    ),
    ("why cant i pick my eu-west-1 acm cert for an edge optimised api domain", API_GATEWAY_ACM),
    ("what does each kind of encryption protect against and what not", DATA_PROTECTION),
    (
        "A financial company must create its encryption key material in its own on-premises "
        "HSM. During an incident, the company must be able to make the key unusable in AWS "
        "immediately, without any waiting period. Amazon S3 and Amazon EBS must keep using the "
        "key through their native integrations. Which solution meets these requirements?",
        KMS,
    ),
    (
        "A security engineer in account 111122223333 manages a customer managed KMS key. An "
        "analytics role in a second AWS account must decrypt data that is protected by this "
        "key. Which combination of steps is required? (Select TWO.)",
        KMS,
    ),
    (
        "A company stores regulated files in an Amazon S3 bucket that partners in other AWS "
        "accounts access. Auditors require that every request to the bucket uses HTTPS with TLS"
        " 1.2 or later. Which solution meets these requirements with the LEAST operational "
        "overhead?",
        IN_FLIGHT,
    ),
    (
        "A data platform team stores billions of small objects in an Amazon S3 bucket that uses"
        " SSE-KMS with a customer managed key. AWS KMS charges have grown sharply, and both new"
        " and existing objects must cause fewer KMS requests without copying any data. Which "
        "combination of actions should the team take? (Select TWO.)",
        SERVER_SIDE,
    ),
    (
        "A research institute uploads genomic data to Amazon S3. A new policy states that "
        "neither AWS nor any principal with S3 read access may ever see the plaintext, and only"
        " the institute's analysis application may decrypt it. Which approach meets this "
        "policy?",
        CLIENT_SIDE,
    ),
    (
        "A company's Amazon DynamoDB tables use the default encryption at rest. Auditors now "
        "require that every use of the table encryption key is logged in AWS CloudTrail and "
        "that the security team controls the key policy. The tables must stay available during "
        "the change. Which solution meets these requirements with the LEAST operational "
        "overhead?",
        STORAGE,
    ),
    (
        "A security engineer finds that several production EC2 instances still use unencrypted "
        "EBS volumes, even though EBS encryption by default was turned on in the Region last "
        "month. The data must be encrypted with a customer managed KMS key during a short "
        "maintenance window. What should the engineer do?",
        STORAGE,
    ),
    (
        "A company replicates objects from a workload account to a central log archive account "
        "with S3 replication and SSE-KMS. After S3 Bucket Keys were enabled on both buckets, "
        "replication began to fail with AWS KMS access errors. Which combination of changes "
        "will restore replication? (Select TWO.)",
        S3_REPLICATION,
    ),
    (
        "A company uses S3 Cross-Region Replication to copy objects into a bucket owned by a "
        "separate audit account. The audit account must own every replica and must control "
        "access with bucket policies only. Which solution meets these requirements with the "
        "LEAST operational overhead?",
        S3_REPLICATION,
    ),
    (
        "A company's golden AMI in account A has EBS snapshots encrypted with a customer "
        "managed KMS key. Developers in account B must launch EC2 instances from this AMI, and "
        "account B's administrators have already attached the required IAM policies. Which "
        "steps must be completed in account A? (Select TWO.)",
        AMIS,
    ),
    (
        "An AWS Lambda function in account B needs a database credential stored in AWS Secrets "
        "Manager in account A. The secret is encrypted with the aws/secretsmanager key, and the"
        " function's role in account B already allows secretsmanager:GetSecretValue. Which "
        "actions must be taken in account A? (Select TWO.)",
        SECRETS,
    ),
    (
        "A company's AWS bill shows unexpected EC2 usage, and the security team suspects that "
        "compromised instances are mining cryptocurrency. The team must detect this activity "
        "and automatically isolate affected instances without installing agents. Which solution"
        " meets these requirements with the LEAST operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company with 80 AWS accounts in AWS Organizations runs workloads only in eu-west-1. "
        "The security team must detect compromised credentials in every account, including "
        "accounts created later, and in any Region an attacker might use. Which combination of "
        "steps meets these requirements? (Select TWO.)",
        GUARDDUTY,
    ),
    (
        "A company runs applications on Amazon EC2 instances, as container images in Amazon "
        "ECR, and as AWS Lambda functions. The security team must receive findings whenever a "
        "newly published CVE affects any of these workloads, without scheduling or starting "
        "scans. Which solution meets these requirements with the LEAST operational overhead?",
        INSPECTOR,
    ),
    (
        "A retail company keeps customer exports in hundreds of Amazon S3 buckets across many "
        "accounts. The security team needs continuous, low-cost visibility into which buckets "
        "probably contain credit card numbers, without analyzing every object. Which solution "
        "meets these requirements?",
        MACIE,
    ),
    (
        "An organization with all features enabled in AWS Organizations has made a security "
        "account the default AWS Firewall Manager administrator. The security team wants a "
        "Firewall Manager policy that associates Route 53 Resolver DNS Firewall rule groups "
        "with every VPC in all member accounts. Which additional prerequisites must be met? "
        "(Select TWO.)",
        FIREWALL_MANAGER,
    ),
    (
        "A company exposes a public REST API to IoT devices. Only devices that present client "
        "certificates issued by the company's private certificate authority may call the API, "
        "and no other path to the API may exist. Which combination of steps meets these "
        "requirements? (Select THREE.)",
        API_GATEWAY_ACM,
    ),
    (
        "A company runs Amazon GuardDuty, Amazon Inspector, and Amazon Macie in 50 accounts. "
        "The security team wants one place to review all of their findings, together with "
        "automated checks against the CIS AWS Foundations Benchmark and PCI DSS across every "
        "account. Which AWS service meets these requirements?",
        THREAT_DETECTION,
    ),
    ("print a two-page summary for last minute revision", CHEAT_SHEET),
    ("download the notes as pdf or flashcards for offline study", HOME),
    ("where are all the abbreviations explained", GLOSSARY),
    ("all practice questions grouped by exam domain", PRACTICE),
    # --- An eighteenth held-out batch: keywords, topics mixed with terms of other pages, informal
    # questions and stems; run once before any change it could guide. --
    ("kms deletion waiting period", KMS),
    ("rotatekeyondemand limit", KMS),
    ("xks external key store", KMS),
    ("kms:viaservice condition", KMS),
    ("runtime monitoring fargate sidecar", GUARDDUTY),
    ("replicakmskeyid key arn", S3_REPLICATION),
    ("s3 bucket keys cost", SERVER_SIDE),
    ("sse-c default block", SERVER_SIDE),
    ("s3:tlsversion minimum", IN_FLIGHT),
    ("inspector epss score", INSPECTOR),
    ("firewall manager third-party firewall", FIREWALL_MANAGER),
    ("createvolumepermission copyimage", AMIS),
    ("security acronyms glossary", GLOSSARY),
    ("kms key in destination region for rds snapshot copy dr", STORAGE),
    ("dynamodb switch to customer managed key without downtime", STORAGE),
    ("efs mount helper tls with securetransport file system policy", STORAGE),
    ("guardduty eventbridge sns email high severity findings", GUARDDUTY),
    ("customer managed key for cross-region replication of sse-kms objects", S3_REPLICATION),
    ("multi-region kms key as replica key in s3 replication", S3_REPLICATION),
    ("sse-kms aws/s3 vs customer managed key disable audit", SERVER_SIDE),
    ("change encryption of existing s3 objects in place", SERVER_SIDE),
    ("inspector agentless ebs snapshot scanning ec2", INSPECTOR),
    ("lambda env variable kms decrypt db password", SECRETS),
    ("firewall manager aws config organizations prerequisites", FIREWALL_MANAGER),
    ("network firewall policy ram resource sharing firewall manager", FIREWALL_MANAGER),
    ("macie sensitive data findings missing in security hub", MACIE),
    ("aws managed key aws/ebs share ami other account", AMIS),
    ("acm certificate us-east-1 edge optimized api custom domain", API_GATEWAY_ACM),
    ("s3 encryption client bucket keys kms cost", CLIENT_SIDE),
    ("in transit vs at rest vs client side comparison", DATA_PROTECTION),
    ("meaning of acronyms like tde sbom cspm", GLOSSARY),
    ("can i undo scheduling a kms key for deletion", KMS),
    ("how do i encrypt an existing unencrypted rds database", STORAGE),
    ("is guardduty able to stop crypto miners automaticaly", GUARDDUTY),
    ("why arent my sse-kms objects replicating to the other bucket", S3_REPLICATION),
    ("how do i force https only on my s3 bucket", IN_FLIGHT),
    ("does inspector still use assesment templates", INSPECTOR),
    ("does macie scan dynamodb tables", MACIE),
    ("can someone in another account launch my encrypted ami", AMIS),
    ("imported cert on api gateway custom domain didnt renew", API_GATEWAY_ACM),
    ("why does kms encrypt fail on big files", CLIENT_SIDE),
    ("which scs-c03 domains do these notes not cover", EXAM_MAP),
    ("how much is each domain weighted on the security specialty exam", EXAM_MAP),
    ("can i download these notes as pdf for offline", HOME),
    ("where are all the practice questions by domain", PRACTICE),
    ("printable notes to revise the night before the exam", CHEAT_SHEET),
    (
        "Account A owns a customer managed KMS key whose key policy allows account B. An "
        "application role in account B calls kms:Decrypt with the key ARN and receives "
        "AccessDeniedException. What must be done to fix this?",
        KMS,
    ),
    (
        "A bank requires its KMS key material to live in single-tenant HSMs that it controls, "
        "but Amazon S3 and Amazon EBS must keep encrypting through their native KMS "
        "integration. Which solution meets these requirements?",
        KMS,
    ),
    (
        "Developers often forget to select encryption when they create EBS volumes in us-east-1"
        " and eu-west-1. The security team wants every new volume encrypted with a specific "
        "customer managed key without relying on developers. What should the team do?",
        STORAGE,
    ),
    (
        "A company with 50 accounts in AWS Organizations has GuardDuty enabled in only two "
        "accounts in us-east-1. It must detect compromised credentials in every account, "
        "including accounts created later, and in Regions it does not use. Which approach "
        "requires the LEAST effort?",
        GUARDDUTY,
    ),
    (
        "A company replicates SSE-KMS objects from a bucket in account A to a bucket in account"
        " B. Replication worked until S3 Bucket Keys were enabled, and now replicas fail. The "
        "replication role is allowed kms:Encrypt on the destination key. What should the "
        "security engineer add?",
        S3_REPLICATION,
    ),
    (
        "A government contract requires that objects stored in Amazon S3 be protected by two "
        "independent layers of AES-256 encryption at rest, with keys the company controls in "
        "AWS KMS. Which server-side encryption setting should the bucket use?",
        SERVER_SIDE,
    ),
    (
        "An audit found that some applications connect to an Amazon RDS for MySQL instance in "
        "plaintext, even though its storage is encrypted with a customer managed KMS key. The "
        "database must refuse any connection that is not encrypted. Which change meets this "
        "requirement?",
        IN_FLIGHT,
    ),
    (
        "A team pushes container images to Amazon ECR and runs them for months. It must be "
        "notified when a newly published CVE affects an image that was clean when pushed, "
        "without rebuilding or re-pushing the image. Which solution meets this requirement?",
        INSPECTOR,
    ),
    (
        "A company runs an Amazon RDS for MySQL DB instance and wants its master user password "
        "rotated automatically on a schedule. The team does not want to write or maintain any "
        "Lambda rotation code. Which solution requires the LEAST operational overhead?",
        SECRETS,
    ),
    (
        "A company adds new AWS accounts to its organization every month. Every Application "
        "Load Balancer and CloudFront distribution in current and future accounts must carry "
        "the same web ACL rules, and account owners must not be able to remove them. Which "
        "service should the security team use?",
        FIREWALL_MANAGER,
    ),
    (
        "A retailer must find out which of its S3 buckets hold customer passport numbers, and "
        "must automatically turn Block Public Access back on whenever a bucket is made public. "
        "Which service should feed this automation?",
        MACIE,
    ),
    (
        "A software vendor shares a golden AMI with a customer account by adding it to the "
        "launch permission. The AMI's snapshots are encrypted with the default aws/ebs key. The"
        " customer sees the AMI but every launch fails. What should the vendor do?",
        AMIS,
    ),
    (
        "A company exposes a Regional REST API in eu-central-1 to partners. Only partners "
        "presenting client certificates issued by the company's private CA may call it, and "
        "nobody may reach it through the default endpoint. Which configuration meets these "
        "requirements?",
        API_GATEWAY_ACM,
    ),
    (
        "A genomics lab stores sequencing files in Amazon S3. Its data agreement says the "
        "storage provider must never process the files in plaintext, even briefly in memory, "
        "and only the lab's application may decrypt them. Which approach meets this "
        "requirement?",
        CLIENT_SIDE,
    ),
    (
        "A security team runs GuardDuty, Inspector and Macie across 30 accounts. It wants one "
        "place that aggregates findings from all three and also checks the accounts against the"
        " CIS AWS Foundations Benchmark and PCI DSS. Which AWS service should it use?",
        THREAT_DETECTION,
    ),
    # --- A nineteenth held-out batch, written as if revising the night before the exam: facts,
    # comparisons, symptoms and stems; run once before any change it could guide. --
    ("how many days until a kms key scheduled for deletion is really gone", KMS),
    ("customer managed key automatic rotation interval min and max days", KMS),
    (
        "difference between aws managed and customer managed cmk which one can i share with "
        "another account",
        KMS,
    ),
    ("cloudhsm vs kms single tenant hsm fips level", KMS),
    ("AccessDeniedException on kms:Decrypt even though the role's iam policy allows it", KMS),
    ("kms ThrottlingException rate exceeded how to fix", KMS),
    (
        "A financial company's regulator requires that encryption key material is never stored "
        "inside AWS. The company still wants Amazon S3 and Amazon EBS to encrypt data through "
        "their native AWS KMS integrations, and it will run its own key manager on premises. "
        "Which solution meets these requirements?",
        KMS,
    ),
    ("is ebs encryption by default a per region setting", STORAGE),
    ("can i turn on encryption for an existing efs file system", STORAGE),
    ("shared encrypted rds snapshot won't restore in the target account", STORAGE),
    (
        "encrypting an existing aurora cluster vs an rds instance why are the steps different",
        STORAGE,
    ),
    ("dynamodb table aws owned key vs customer managed key audit and cost", STORAGE),
    (
        "A security audit finds that an Amazon RDS for MySQL DB instance holding customer data "
        "was created without encryption. The company must encrypt the database at rest with a "
        "customer managed KMS key and keep all existing data. What should a security engineer "
        "do?",
        STORAGE,
    ),
    ("do i need to enable vpc flow logs or a cloudtrail trail for guardduty to work", GUARDDUTY),
    ("how long does guardduty keep findings", GUARDDUTY),
    ("guardduty not generating any dns findings, instances use our own dns server", GUARDDUTY),
    (
        "A company runs an approved vulnerability scanner on one EC2 instance, and Amazon "
        "GuardDuty raises Recon:EC2/Portscan findings every time the scanner runs. The security"
        " team wants these findings kept on record but no longer sent to Security Hub or "
        "EventBridge. What should the team do?",
        GUARDDUTY,
    ),
    (
        "A company has 50 accounts in AWS Organizations and wants Amazon GuardDuty running in "
        "every account and every Region, including accounts created in the future, with all "
        "findings visible from one security account. Which solution meets these requirements "
        "with the LEAST operational overhead?",
        GUARDDUTY,
    ),
    ("how long does inspector keep rescanning ecr container images after push", INSPECTOR),
    ("is inspector classic with assessment templates still supported", INSPECTOR),
    (
        "inspector shows no vulnerability findings for ec2 instances that have no ssm agent",
        INSPECTOR,
    ),
    ("inspector score vs cvss base score why is one lower", INSPECTOR),
    (
        "A company deploys many AWS Lambda functions. It wants to be alerted when a third-party"
        " library used by a function or its layers has a known CVE, and also to find injection "
        "flaws in its own handler code. Which Amazon Inspector configuration meets these "
        "requirements?",
        INSPECTOR,
    ),
    ("s3 bucket still answers plain http requests how do i block them", IN_FLIGHT),
    ("alb https listener vs nlb tcp passthrough where does tls end", IN_FLIGHT),
    (
        "An Amazon RDS for MySQL 8.0 DB instance is encrypted at rest with a customer managed "
        "KMS key. A penetration test shows that some clients still connect without TLS. The "
        "database must refuse every unencrypted connection. Which solution meets this "
        "requirement?",
        IN_FLIGHT,
    ),
    (
        "sse-kms objects missing from destination bucket after setting up replication",
        S3_REPLICATION,
    ),
    (
        "does s3 cross region replication copy objects that were already in the bucket",
        S3_REPLICATION,
    ),
    ("are sse-c encrypted objects replicated now", S3_REPLICATION),
    ("replication 503 errors kms throttling on a busy bucket", S3_REPLICATION),
    (
        "A company replicates an S3 bucket in account A to a bucket in account B in another "
        "Region. The source objects use SSE-KMS. Auditors require that account B owns every "
        "replica and that replicas are encrypted under a key account B controls. Which "
        "combination of settings meets these requirements?",
        S3_REPLICATION,
    ),
    ("are objects in a new s3 bucket encrypted automatically", SERVER_SIDE),
    ("does dsse-kms work with s3 bucket keys", SERVER_SIDE),
    ("sse-s3 vs sse-kms vs sse-c which one should i pick", SERVER_SIDE),
    (
        "403 accessdenied on putobject with customer provided key on a bucket created this year",
        SERVER_SIDE,
    ),
    (
        "A company has 3 billion objects in an S3 bucket encrypted with SSE-S3. A new policy "
        "requires them to be encrypted with SSE-KMS under a customer managed key. The company "
        "wants to avoid copying the objects and must keep their last modified dates and storage"
        " classes. What should the company do?",
        SERVER_SIDE,
    ),
    ("what has to be set up before firewall manager policies work", FIREWALL_MANAGER),
    ("firewall manager vs waf vs shield advanced what's the difference", FIREWALL_MANAGER),
    (
        "full scope firewall manager admin cannot create palo alto cloud ngfw policy",
        FIREWALL_MANAGER,
    ),
    (
        "A company with 120 accounts in AWS Organizations must make sure that every VPC, "
        "including VPCs in accounts added later, blocks DNS lookups of a list of known "
        "malicious domains. Which solution meets these requirements with the LEAST operational "
        "overhead?",
        FIREWALL_MANAGER,
    ),
    ("macie sensitive data findings not showing up in security hub", MACIE),
    ("macie policy findings vs sensitive data findings", MACIE),
    (
        "A company uses Amazon Macie across its S3 buckets. Whenever Macie reports that a "
        "bucket has become publicly accessible, the company wants public access blocked "
        "automatically within minutes, without manual steps. Which solution meets this "
        "requirement?",
        MACIE,
    ),
    ("parameter store standard tier max value size and how many parameters", SECRETS),
    ("ssm parameter store vs secrets manager rotation and price", SECRETS),
    (
        "cross account getsecretvalue access denied, secret uses the default aws/secretsmanager"
        " key",
        SECRETS,
    ),
    (
        "A company stores an API token for a third-party service. The token must be rotated "
        "automatically every 30 days by a custom Lambda function and must also be readable by "
        "the application in a disaster recovery Region. Which AWS service should the company "
        "use to store the token?",
        SECRETS,
    ),
    ("can an ami with encrypted snapshots be made public", AMIS),
    ("other account can see my shared ami but instance launch fails with kms error", AMIS),
    ("copyimage fails on ami shared from another account, launching works", AMIS),
    (
        "A platform team in account A builds a golden AMI whose EBS snapshots are encrypted "
        "with a customer managed KMS key. Every account in the organization's Workloads OU must"
        " be able to launch EC2 instances from this AMI. Which combination of steps meets these"
        " requirements?",
        AMIS,
    ),
    ("edge optimized api custom domain certificate which region", API_GATEWAY_ACM),
    (
        "acm certificate not listed when creating edge-optimized api gateway custom domain, "
        "cert is in eu-west-1",
        API_GATEWAY_ACM,
    ),
    (
        "api gateway enhanced security policy vs legacy TLS_1_2 which supports mutual tls",
        API_GATEWAY_ACM,
    ),
    (
        "A company exposes a REST API to IoT devices that each hold a client certificate issued"
        " by the company's private certificate authority. Only these devices may call the API, "
        "and callers must not be able to bypass the custom domain name. Which solution meets "
        "these requirements?",
        API_GATEWAY_ACM,
    ),
    ("kms encrypt call fails on a large file bigger than 4kb", CLIENT_SIDE),
    ("generatedatakey vs generatedatakeywithoutplaintext when to use each", CLIENT_SIDE),
    (
        "A law firm uploads contracts to Amazon S3. Its policy states that no one at AWS, and "
        "no S3 administrator with full S3 permissions, may ever be able to view the plaintext "
        "of a contract. Which approach meets this policy?",
        CLIENT_SIDE,
    ),
    ("guardduty vs inspector vs macie which one for what", THREAT_DETECTION),
    ("security hub vs security hub cspm difference exposure findings", THREAT_DETECTION),
    (
        "A company must detect IAM access keys being used from unusual locations, report CVEs "
        "in its Amazon ECR container images, and locate passport numbers stored in S3 buckets. "
        "Which combination of AWS services meets these requirements?",
        THREAT_DETECTION,
    ),
    ("encryption in transit vs at rest vs client side what does each protect", DATA_PROTECTION),
    ("what does server side encryption at rest not protect me from", DATA_PROTECTION),
    ("which scs-c03 domains and task statements are not covered by these notes", EXAM_MAP),
    ("all mock exam questions with matching and ordering grouped by domain", PRACTICE),
    ("two page printable summary for the night before the exam", CHEAT_SHEET),
    ("download the notes as pdf or offline copy with flashcards", HOME),
    # --- A twentieth held-out batch, mostly whole exam questions with some learner questions and
    # keywords; run once before any change it could guide. --
    (
        "A global e-commerce company encrypts customer order records in its application with "
        "AWS KMS before writing them to a DynamoDB global table that replicates from us-east-1 "
        "to eu-west-1 and ap-southeast-2. Application instances in every Region must decrypt "
        "the records locally without making cross-Region calls to AWS KMS. Which key design "
        "meets these requirements with the LEAST operational overhead?",
        KMS,
    ),
    (
        "A hospital group must generate the key material for its S3 and EBS encryption keys in "
        "its own on-premises HSMs. If a breach is suspected, the security team must be able to "
        "make the key material unusable in AWS immediately, without waiting for a deletion "
        "window, and restore it later. Which solution meets these requirements?",
        KMS,
    ),
    (
        "A sovereignty policy at a European telecom operator states that encryption key "
        "material must never be stored in AWS. The company still wants Amazon S3, Amazon EBS "
        "and Amazon RDS to encrypt data through their native AWS KMS integration. Which "
        "solution should a security engineer recommend?",
        KMS,
    ),
    (
        "A payment processor needs single-tenant hardware security modules that only its own "
        "crypto officers can administer, to hold the private keys of an internal certificate "
        "authority and to offload SSL/TLS from its web servers. Its applications use the PKCS "
        "#11 library. Which AWS service meets these requirements?",
        KMS,
    ),
    (
        "An engineer at a logistics startup scheduled deletion of a customer managed KMS key in"
        " ap-southeast-2, believing it was unused. Three days later, applications that read "
        "encrypted EBS volumes start failing with KMSInvalidStateException. The waiting period "
        "was set to 30 days. What should the security engineer do to restore access to the "
        "data?",
        KMS,
    ),
    ("how do i rotate a kms key right now instead of waiting a year", KMS),
    (
        "A media streaming company runs EC2 workloads in us-west-2 and eu-west-1 across 15 "
        "accounts. An audit found that developers keep launching instances with unencrypted EBS"
        " volumes. The company must ensure that every new EBS volume is encrypted, including "
        "volumes created at instance launch. What should a solutions architect do with the "
        "LEAST operational overhead?",
        STORAGE,
    ),
    (
        "A retail company runs a production Amazon RDS for MySQL DB instance that was created "
        "without encryption. A new compliance requirement mandates encryption at rest with a "
        "customer managed KMS key. Which sequence of steps should the database team follow to "
        "meet this requirement?",
        STORAGE,
    ),
    (
        "A shipping company copies encrypted Amazon RDS snapshots from us-east-1 to us-west-2 "
        "every night for disaster recovery. The copy fails when the automation passes the ARN "
        "of the KMS key that encrypts the snapshots in us-east-1. What should the company "
        "change?",
        STORAGE,
    ),
    (
        "A mobile gaming company stores player profiles in Amazon DynamoDB tables that use the "
        "default encryption. Auditors now require that every use of the table encryption key be"
        " logged in AWS CloudTrail and that the security team control the key policy. The "
        "tables must remain available throughout. What should the team do?",
        STORAGE,
    ),
    (
        "A fintech startup created an Amazon Aurora PostgreSQL DB cluster in 2024 without "
        "encryption. The security team must encrypt it at rest with a customer managed key, but"
        " copying the cluster snapshot with a KMS key returned an error. Which approach will "
        "encrypt the database?",
        STORAGE,
    ),
    ("can i share a snapshot thats encrypted with aws/ebs with another acount", STORAGE),
    ("efs mount helper tls", STORAGE),
    (
        "A SaaS provider operates 40 AWS accounts in AWS Organizations and uses only us-east-1 "
        "and eu-central-1. The security team is worried that an attacker with stolen access "
        "keys could launch resources in unused Regions. The team wants threat detection for all"
        " current and future accounts in every Region, managed from a security tooling account."
        " Which solution meets these requirements with the LEAST operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company's monthly EC2 bill doubled unexpectedly, and a security engineer suspects "
        "that compromised instances are mining cryptocurrency. The company wants to be alerted "
        "when this happens and to have the affected instances quarantined automatically by "
        "replacing their security groups. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "A security team runs an approved vulnerability scanner on a dedicated EC2 instance, "
        "and every weekly scan generates hundreds of Recon:EC2/Portscan findings that page the "
        "on-call engineer. The team wants these findings still recorded but not sent to "
        "Security Hub or EventBridge. What should the security engineer configure?",
        GUARDDUTY,
    ),
    (
        "A media company runs containerized services on Amazon ECS with AWS Fargate. The "
        "security team must detect malicious processes, reverse shells and crypto miners "
        "running inside the containers, without installing or managing agents itself. Which "
        "solution meets these requirements?",
        GUARDDUTY,
    ),
    ("can guardduty block malicous ip adresses by itself", GUARDDUTY),
    ("guardduty s3 protection data events", GUARDDUTY),
    (
        "A company stores hundreds of container images in Amazon ECR that run on Amazon EKS. "
        "The security team must be notified whenever a newly published CVE affects an image "
        "that is already in use, without rebuilding or re-pushing the images. Which solution "
        "meets this requirement with the LEAST operational overhead?",
        INSPECTOR,
    ),
    (
        "A DevOps team builds container images in AWS CodeBuild as part of AWS CodePipeline. "
        "The security team requires that the build fail if an image contains a package with a "
        "critical CVE, before the image is ever pushed to Amazon ECR. Which solution should a "
        "security engineer implement?",
        INSPECTOR,
    ),
    (
        "An insurance company runs 600 EC2 instances in eu-west-2, and about a third of them "
        "are not managed by AWS Systems Manager. The security team needs a continuously updated"
        " list of vulnerable operating system and application packages on every instance and is"
        " not allowed to install agents. What should the team do?",
        INSPECTOR,
    ),
    ("does inspector still use assesment templates and runs", INSPECTOR),
    ("inspector ecr rescan duration", INSPECTOR),
    (
        "A bank stores customer statements in an Amazon S3 bucket. A security audit requires "
        "that every request to the bucket be encrypted in transit and that clients use TLS 1.2 "
        "or later. Which bucket policy statements meet these requirements?",
        IN_FLIGHT,
    ),
    (
        "A healthcare startup runs Amazon RDS for PostgreSQL 13. The database is encrypted at "
        "rest with a customer managed KMS key, but a penetration test showed that clients can "
        "still connect without TLS. What should the database administrator change so that the "
        "database rejects unencrypted connections?",
        IN_FLIGHT,
    ),
    (
        "A trading firm's compliance team requires that client traffic to its EC2-hosted "
        "application stay encrypted until it reaches the instances, and that no load balancer "
        "ever decrypts it. The application must still be load balanced across three "
        "Availability Zones. Which solution meets these requirements?",
        IN_FLIGHT,
    ),
    ("why wont my acm certifcate renew automaticly", IN_FLIGHT),
    ("tls mitm self-signed certificate", IN_FLIGHT),
    (
        "A law firm stores case files in Amazon S3. The firm must be able to audit every use of"
        " the encryption key, restrict which IAM roles can use it, and disable it immediately "
        "in an emergency, without changing application code. Which encryption option meets "
        "these requirements?",
        SERVER_SIDE,
    ),
    (
        "A defense supplier must comply with a framework that requires two independent layers "
        "of encryption at rest for all technical drawings stored in Amazon S3. The company "
        "wants AWS to perform the encryption. Which option should a solutions architect choose?",
        SERVER_SIDE,
    ),
    (
        "A company generates and stores encryption keys in its on-premises key manager and "
        "wants Amazon S3 to encrypt and decrypt objects with those keys. In June 2026 the team "
        "created a new bucket in us-east-2, and every PutObject request that includes the SSE-C"
        " headers fails with 403 AccessDenied. What is the cause, and how should the team fix "
        "it?",
        SERVER_SIDE,
    ),
    ("can i switch old sse-s3 objects to sse-kms without copying them", SERVER_SIDE),
    ("s3 bucket keys kms cost", SERVER_SIDE),
    (
        "A company configured S3 Cross-Region Replication from a bucket in eu-west-1 to a "
        "bucket in ap-northeast-1. Objects encrypted with SSE-S3 appear in the destination, but"
        " objects encrypted with SSE-KMS under a customer managed key never do. Versioning is "
        "enabled on both buckets. What should a security engineer do?",
        S3_REPLICATION,
    ),
    (
        "A media company replicates objects from its production account to a bucket in a "
        "separate backup account. Auditors found that the replicas are still owned by the "
        "production account, so the backup account cannot manage them. What should the company "
        "configure so that the backup account owns the replicas?",
        S3_REPLICATION,
    ),
    (
        "A data platform team replicates millions of SSE-KMS objects per hour from us-east-1 to"
        " us-west-2. Replication falls behind, and the replication metrics show HTTP 503 errors"
        " caused by KMS throttling. Which action should the team take FIRST to resolve the "
        "issue at the lowest cost?",
        S3_REPLICATION,
    ),
    ("can s3 replicate objects encrypted with sse-c", S3_REPLICATION),
    (
        "A retail group has 80 AWS accounts in AWS Organizations. The security team wants the "
        "same AWS WAF managed rule groups applied to every Application Load Balancer and "
        "CloudFront distribution in all accounts, including accounts created later, while "
        "letting application teams add their own rules. Which solution meets these requirements"
        " with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A security engineer tries to set up AWS Firewall Manager security group policies for "
        "an organization that was created in AWS Organizations for consolidated billing only. "
        "The policies cannot be applied to member accounts. Which prerequisites must be in "
        "place? (Choose two.)",
        FIREWALL_MANAGER,
    ),
    (
        "A manufacturing company wants its network team to manage AWS Network Firewall policies"
        " only for the production OU, while the web team manages AWS WAF policies for all "
        "accounts. Which account must create these administrators, and what kind of "
        "administrator should each team get?",
        FIREWALL_MANAGER,
    ),
    ("firewall manager third-party firewall policy", FIREWALL_MANAGER),
    (
        "An insurance company has more than 3,000 S3 buckets across 25 accounts in AWS "
        "Organizations. The data governance team wants continuous, cost-effective visibility "
        "into which buckets are likely to contain PII such as passport and driver's license "
        "numbers, with a sensitivity score for each bucket. Which solution meets these "
        "requirements with the LEAST operational overhead?",
        MACIE,
    ),
    (
        "A university uses Amazon Macie to scan its S3 buckets for sensitive data. Student "
        "records contain an internal student ID in the format STU-123456, but Macie never "
        "reports it. What should the data security team do so that Macie detects these IDs?",
        MACIE,
    ),
    (
        "A company already runs Amazon Macie in all of its accounts. It must automatically turn"
        " on S3 Block Public Access for any bucket that becomes publicly accessible and notify "
        "the bucket owner. Which solution meets this requirement?",
        MACIE,
    ),
    ("does macie scan rds or dynamodb for pii", MACIE),
    (
        "A healthcare company runs Amazon RDS for PostgreSQL. Its compliance team requires that"
        " the master user password rotate automatically at least every 30 days, and the "
        "operations team does not want to maintain any rotation code. Which solution meets "
        "these requirements?",
        SECRETS,
    ),
    (
        "A Lambda function that handles 3,000 requests per second retrieves database "
        "credentials from AWS Secrets Manager on every invocation, which increases latency and "
        "API costs. What should a developer do to reduce the calls to Secrets Manager with "
        "minimal code changes?",
        SECRETS,
    ),
    (
        "A development team needs to store application configuration values, such as feature "
        "flags, endpoint URLs and a few license codes, in a hierarchy like /prod/app/ with "
        "version history. The values never need rotation, and the team wants no additional "
        "cost. Which AWS service should the team use?",
        SECRETS,
    ),
    ("secrets manager cross-account access", SECRETS),
    (
        "Account A shares an AMI whose EBS snapshots are encrypted with a customer managed KMS "
        "key with account B by adding account B to the AMI's launch permissions. Users in "
        "account B can see the AMI, but every RunInstances call fails. What should a security "
        "engineer do to fix the problem?",
        AMIS,
    ),
    (
        "A software vendor wants to share a golden AMI with a partner's AWS account. The AMI's "
        "snapshots are encrypted with the AWS managed key aws/ebs. Which steps allow the "
        "partner to launch instances from the AMI?",
        AMIS,
    ),
    ("why can account b launch from a shared ami but copyimage fails", AMIS),
    ("ami launch permission organization ou", AMIS),
    (
        "A company deploys an edge-optimized REST API in Amazon API Gateway in eu-west-1 and "
        "wants to serve it at api.example.com. The team requested a public certificate in ACM "
        "in eu-west-1, but the certificate does not appear when they create the custom domain "
        "name. What should the team do?",
        API_GATEWAY_ACM,
    ),
    (
        "A logistics company exposes a REST API in API Gateway to business partners, who must "
        "authenticate with client X.509 certificates issued by the company's private CA. "
        "Partners must not be able to reach the API any other way. Which solution meets these "
        "requirements?",
        API_GATEWAY_ACM,
    ),
    ("can a private rest api have a custom domain name", API_GATEWAY_ACM),
    (
        "A genomics research lab must upload 2 GB sequencing files to Amazon S3 so that neither"
        " AWS nor anyone with S3 read access can see the plaintext, using a KMS key for key "
        "management. A developer's first attempt calls the KMS Encrypt API on each file and "
        "fails. What should the developer do?",
        CLIENT_SIDE,
    ),
    ("what is GenerateDataKeyWithoutPlaintext used for", CLIENT_SIDE),
    ("envelope encryption data key", CLIENT_SIDE),
    (
        "A fintech company with 12 AWS accounts must meet three requirements: alert on API "
        "calls made with stolen IAM credentials, report container images in Amazon ECR that "
        "contain vulnerable libraries, and find S3 objects that contain credit card numbers. "
        "Which combination of AWS services meets these requirements?",
        THREAT_DETECTION,
    ),
    ("difference between encryption in transit, at rest and client side", DATA_PROTECTION),
    ("which scs-c03 domains are not covered by these notes", EXAM_MAP),
    ("is there a printable summary for last minute revision", CHEAT_SHEET),
    ("glossary of acronyms", GLOSSARY),
    ("practice questions by exam domain", PRACTICE),
    # --- A twenty-first held-out batch of short and medium queries typed without punctuation;
    # run once before any change it could guide. --
    ("kms viaservice", KMS),
    ("cancelkeydeletion", KMS),
    ("securetransport", IN_FLIGHT),
    ("rds force ssl", IN_FLIGHT),
    ("dsse kms", SERVER_SIDE),
    ("s3bucketpublic", MACIE),
    ("sbom meaning", GLOSSARY),
    ("scs c03 domains", EXAM_MAP),
    ("kms key cross account key policy", KMS),
    ("kms throttlingexception raise request quota", KMS),
    ("share encrypted rds snapshot another account", STORAGE),
    ("aurora cluster encrypted by default owned key", STORAGE),
    ("dynamodb switch to customer managed key", STORAGE),
    ("sse c 403 accessdenied new bucket", SERVER_SIDE),
    ("replication bucket keys kms decrypt destination key", S3_REPLICATION),
    ("cross account replica ownership bucket owner enforced", S3_REPLICATION),
    ("copy shared ami into my account", AMIS),
    ("secrets manager cross account resource policy", SECRETS),
    ("inspector ecr rescan duration 14 days", INSPECTOR),
    ("inspector agentless scanning ebs snapshots", INSPECTOR),
    ("macie automated discovery bucket sensitivity score", MACIE),
    ("guardduty runtime monitoring agent ecs fargate", GUARDDUTY),
    ("guardduty finding eventbridge sns email", GUARDDUTY),
    ("firewall manager aws config prerequisite", FIREWALL_MANAGER),
    ("firewall manager shield advanced route 53", FIREWALL_MANAGER),
    ("api gateway mutual tls regional custom domain", API_GATEWAY_ACM),
    ("disable default execute api endpoint", API_GATEWAY_ACM),
    ("acm certificate for cloudfront distribution region", IN_FLIGHT),
    ("nlb tcp listener tls passthrough instances", IN_FLIGHT),
    ("s3 encryption client vs aws encryption sdk", CLIENT_SIDE),
    ("at rest vs in transit vs client side", DATA_PROTECTION),
    ("what does cmk stand for", GLOSSARY),
    ("why does my iam policy allow kms decrypt but i still get access denied", KMS),
    ("how do i rotate a kms key every 180 days automaticaly", KMS),
    ("how to encrypt an existing unencrypted ebs volume attached to an instance", STORAGE),
    ("does turning on ebs encryption by default encrypt my old volumes", STORAGE),
    ("what kms permissions does the replication role need for sse kms objects", S3_REPLICATION),
    ("what is the most secure way to give lambda a database password", SECRETS),
    ("which s3 encryption lets me keep keys on premises but s3 does encryption", SERVER_SIDE),
    ("can macie scan rds or dynamodb tables for pii data", MACIE),
    ("why is the inspector score lower than the cvss score for same cve", INSPECTOR),
    ("will guardduty stop a crypto miner on my ec2 instance automaticly", GUARDDUTY),
    ("do i need to turn on cloudtrail and vpc flow logs for guardduty", GUARDDUTY),
    (
        "why cant i select my eu west 1 certificate for edge optimized custom domain",
        API_GATEWAY_ACM,
    ),
    ("how to make every new account get the same waf rules automatically", FIREWALL_MANAGER),
    ("does tls still stop man in the middle if client skips certificate validation", IN_FLIGHT),
    ("where can i find practice questions grouped by exam domain", PRACTICE),
    ("is there a printable two page summary for last minute revison", CHEAT_SHEET),
    ("which exam domains are not covered yet by these notes", EXAM_MAP),
    ("can i download the notes as a pdf or flashcards for offline", HOME),
    ("what do kek and dek stand for in envelope encryption", GLOSSARY),
    (
        "which service finds threats and which finds vulnerabilities or sensitive data in s3",
        THREAT_DETECTION,
    ),
    # --- A twenty-second held-out batch: keywords, topics mixed with other pages' terms, questions
    # and stems; written after the twenty-first's changes, run on the site before and after them. --
    ("kms key rotation period", KMS),
    ("cloudhsm vs kms", KMS),
    ("byok key material expiry", KMS),
    ("kms:viaservice so key only works through s3", KMS),
    ("multi-region keys for dynamodb global tables client side encryption", KMS),
    ("can i still get my kms key back if its pending deletion", KMS),
    (
        "A payments company in eu-central-1 has a regulator that forbids storing any encryption"
        " key material inside AWS. The company still wants Amazon S3 and Amazon EBS to encrypt "
        "data with KMS keys through their native integration. Which solution meets these "
        "requirements?",
        KMS,
    ),
    (
        "A data engineer's IAM role allows kms:Decrypt on a customer managed key, yet every "
        "call returns AccessDeniedException. The key was created with a custom key policy that "
        "names only two key administrators. What is the most likely cause of the error?",
        KMS,
    ),
    ("ebs default encryption region", STORAGE),
    ("dynamodb kms key change", STORAGE),
    ("efs encryption in transit mount helper tls", STORAGE),
    ("rds cross region read replica kms key", STORAGE),
    ("how do i encrypt an existing unencrypted rds databse without losing any data", STORAGE),
    (
        "An insurance company runs an Amazon Aurora PostgreSQL cluster that was created "
        "unencrypted in 2024. A new policy requires encryption at rest with a customer managed "
        "KMS key. Which approach should the database team use?",
        STORAGE,
    ),
    (
        "A logistics firm keeps encrypted EBS snapshots in us-east-1 and must copy them to us-"
        "west-2 every night for disaster recovery. What must the copy operation specify for the"
        " encrypted snapshots?",
        STORAGE,
    ),
    ("guardduty log sources", GUARDDUTY),
    ("security hub guardduty integration", GUARDDUTY),
    ("do i have to install an agent on ec2 for guardduty to work", GUARDDUTY),
    (
        "A gaming studio operates 40 AWS accounts under AWS Organizations and wants threat "
        "detection in every Region, including Regions it never uses. New accounts must be "
        "covered automatically as they join. What is the most operationally efficient approach?",
        GUARDDUTY,
    ),
    (
        "GuardDuty raises a CryptoCurrency:EC2/BitcoinTool.B!DNS finding for an instance in ap-"
        "northeast-1. The security team wants such instances quarantined automatically and the "
        "on-call engineer emailed. Which combination of services should they use?",
        GUARDDUTY,
    ),
    ("inspector classic assessment run", INSPECTOR),
    ("inspector findings eventbridge security hub", INSPECTOR),
    ("which aws service finds outdated libs with known vulnerabilites on my ec2 boxes", INSPECTOR),
    (
        "A retail company deploys containers from images stored in Amazon ECR. It needs to know"
        " when a newly published CVE affects an image that was clean when it was pushed last "
        "month. Which service and setting provide this?",
        INSPECTOR,
    ),
    ("rds postgres force ssl parameter", IN_FLIGHT),
    ("acm certificate cloudfront distribution region", IN_FLIGHT),
    ("is tls enough against man in the middle if clients skip cert checks", IN_FLIGHT),
    (
        "An e-commerce site uses load balancers in front of EC2 web servers that must terminate"
        " TLS themselves for compliance. The load balancer must never see decrypted traffic. "
        "Which load balancer configuration should the architect choose?",
        IN_FLIGHT,
    ),
    ("batch replication old objects", S3_REPLICATION),
    ("multi-region kms key s3 replication", S3_REPLICATION),
    ("kms throttling 503 crr bucket keys", S3_REPLICATION),
    (
        "replicated objects in other account still owned by source account how to fix",
        S3_REPLICATION,
    ),
    (
        "A media company replicates a bucket in us-east-1 to a bucket in eu-west-1 owned by a "
        "second account. Objects encrypted with SSE-S3 show up in the destination, but objects "
        "encrypted with a customer managed KMS key never arrive. What should the engineer "
        "change?",
        S3_REPLICATION,
    ),
    ("dsse-kms dual layer", SERVER_SIDE),
    ("s3 bucket keys reduce kms cost", SERVER_SIDE),
    ("will enabling default encryption re-encrypt my old s3 objects", SERVER_SIDE),
    (
        "A manufacturer must generate and keep its encryption keys in its own data center, "
        "never storing them in AWS, but wants Amazon S3 to do the encryption work. Which "
        "encryption option fits, and what does every request have to include?",
        SERVER_SIDE,
    ),
    ("shield advanced policy new accounts organizations", FIREWALL_MANAGER),
    (
        "what kinds of policies can firewall manger push to every account in my org",
        FIREWALL_MANAGER,
    ),
    (
        "A retailer with 200 accounts in AWS Organizations wants the same AWS WAF managed rules"
        " on every Application Load Balancer, including those in accounts created next year. "
        "Which service should the security team use, and what must already be in place?",
        FIREWALL_MANAGER,
    ),
    ("macie findings security hub opt in", MACIE),
    ("does macie scan rds or dynamodb tables for pii too?", MACIE),
    (
        "A travel agency stores scanned passports in Amazon S3 and uses Amazon Macie. An "
        "engineer accidentally made one of the buckets public. Which type of Macie finding "
        "reports this, and how can the company block public access automatically?",
        MACIE,
    ),
    ("lambda env var kms decrypt db password", SECRETS),
    ("whats the diffrence between parameter store and secrets manager for db passwords", SECRETS),
    (
        "A healthcare startup hard-codes its Amazon RDS for PostgreSQL master password in "
        "application code. Auditors require the password to change automatically at least "
        "weekly, without a custom Lambda function to maintain. Which solution meets these "
        "requirements?",
        SECRETS,
    ),
    ("encrypted ami cross account", AMIS),
    ("ami under aws/ebs key share copy cmk", AMIS),
    ("other account can see my shared ami but launching an instance fails", AMIS),
    (
        "An ISV shares an AMI encrypted with a customer managed key from account A with account"
        " B in ap-southeast-2. Account B launches instances from it without problems, but "
        "CopyImage fails. What does account A still need to share?",
        AMIS,
    ),
    ("api gateway mtls truststore", API_GATEWAY_ACM),
    ("acm cert on my api gateway custom domain isnt renewing why", API_GATEWAY_ACM),
    (
        "A SaaS provider runs a REST API in eu-west-1 behind an edge-optimized custom domain. "
        "The team requested an ACM certificate in eu-west-1, but the custom domain setup cannot"
        " select it. What should they do?",
        API_GATEWAY_ACM,
    ),
    (
        "A law firm uploads case files of several megabytes to Amazon S3 and requires that AWS "
        "never has access to the plaintext, even briefly. The files must be encrypted with a "
        "key protected by AWS KMS. Which approach meets these requirements?",
        CLIENT_SIDE,
    ),
    ("which should i use guardduty, inspector or macie? im confused", THREAT_DETECTION),
    (
        "A security team in a 25-account organization wants a single view of findings from "
        "GuardDuty, Inspector and Macie, along with automated checks against the CIS AWS "
        "Foundations Benchmark and PCI DSS. Which service should they enable?",
        THREAT_DETECTION,
    ),
    ("difference between encryption in transit, at rest and client side on aws", DATA_PROTECTION),
    ("waf org policies and api custom domain certs overview", EDGE),
    ("which scs-c03 exam domains does each page of these notes cover", EXAM_MAP),
    ("where can i find sample exam questions to test myself", PRACTICE),
    ("printable crib sheet", CHEAT_SHEET),
    ("what do all the abbreviations on this site stand for", GLOSSARY),
    ("download pdf offline flashcards", HOME),
    # --- A twenty-third held-out batch, after a wrong practice answer: API actions, errors, "why"
    # questions, needs and stems; written and run like the twenty-second. --
    ("AccessDeniedException calling kms:Decrypt even though my role's IAM policy allows it", KMS),
    ("kms:ViaService condition so a role can only use the key through s3", KMS),
    ("deleted KMS key after the waiting period, can I still decrypt my data", KMS),
    ("does turning on key rotation re-encrypt everything already encrypted", KMS),
    ("need a dedicated single-tenant HSM with PKCS#11 for Oracle TDE, which AWS service", KMS),
    (
        "A security engineer suspects the key material of a customer managed KMS key has been "
        "exposed. Automatic rotation is enabled with the default period. The engineer needs new"
        " key material in use right away without changing the key ID, aliases or application "
        "code. What should the engineer do?",
        KMS,
    ),
    (
        "A team scheduled a customer managed KMS key for deletion with a 30-day waiting period."
        " Ten days later a batch job starts failing because it can no longer decrypt its data. "
        "The team cancels the deletion, but the job still fails. What else must the team do?",
        KMS,
    ),
    ("x-amz-server-side-encryption aws:kms:dsse", SERVER_SIDE),
    (
        "PutObject returns 403 AccessDenied when I send SSE-C headers to a newly created bucket",
        SERVER_SIDE,
    ),
    (
        "changed bucket default encryption to SSE-KMS but existing objects still show SSE-S3",
        SERVER_SIDE,
    ),
    (
        "S3 encryption option where I can see every key use in CloudTrail and cut off access by"
        " disabling the key",
        SERVER_SIDE,
    ),
    (
        "A regulator requires that objects in an S3 bucket be protected by two independent "
        "layers of encryption at rest. The team also plans to turn on S3 Bucket Keys to keep "
        "KMS request costs down. What problem will the team run into?",
        SERVER_SIDE,
    ),
    ("aws:SecureTransport false deny statement to force https on a bucket", IN_FLIGHT),
    ("require_secure_transport RDS MySQL parameter", IN_FLIGHT),
    (
        "is my traffic still safe from MITM if the client doesn't check the server certificate",
        IN_FLIGHT,
    ),
    ("load balancer setup so only the backend instances decrypt TLS, not the LB", IN_FLIGHT),
    (
        "A company runs Application Load Balancers for the same domain in us-west-2 and eu-"
        "central-1. An engineer issued an ACM certificate in us-west-2 and now looks for a way "
        "to copy it to eu-central-1 but cannot find one. What should the engineer do?",
        IN_FLIGHT,
    ),
    ("SseKmsEncryptedObjects ReplicaKmsKeyID replication configuration", S3_REPLICATION),
    (
        "cross region replication works for some objects but kms encrypted ones never arrive in"
        " the destination bucket",
        S3_REPLICATION,
    ),
    (
        "A company replicates a busy S3 bucket to another Region. Almost all objects are "
        "encrypted with SSE-KMS, and as upload volume grows, replication begins failing with "
        "HTTP 503 errors. What should the company do first to fix this at the lowest cost?",
        S3_REPLICATION,
    ),
    (
        "do delete markers and objects in glacier deep archive get copied by s3 replication",
        S3_REPLICATION,
    ),
    ("KMS Encrypt fails when I pass a 2 MB file, what is the max plaintext size", CLIENT_SIDE),
    ("GenerateDataKeyWithoutPlaintext when would I use it", CLIENT_SIDE),
    (
        "encrypt files before they leave our app so S3 and AWS admins never see plaintext",
        CLIENT_SIDE,
    ),
    (
        "A developer calls KMS GenerateDataKey, encrypts a file locally, and uploads the "
        "encrypted file to S3 together with the plaintext data key so another service can "
        "decrypt it easily. A reviewer flags the design. What should be stored next to the "
        "ciphertext instead?",
        CLIENT_SIDE,
    ),
    ("EnableEbsEncryptionByDefault turned on but old volumes still unencrypted", STORAGE),
    (
        "A partner account shared a manual RDS for MySQL snapshot encrypted with a customer "
        "managed key, and its key policy already allows the team's account. When the team tries"
        " to restore a DB instance directly from the shared snapshot, the restore fails. What "
        "should the team do?",
        STORAGE,
    ),
    ("can I disable encryption on a DynamoDB table to save money", STORAGE),
    ("reject EFS clients that mount without encryption in transit", STORAGE),
    ("KmsKeyId for cross-region read replica of an encrypted RDS instance", STORAGE),
    ("make every new EBS volume encrypted automatically even if developers forget", STORAGE),
    (
        "rotate RDS master user password automatically without maintaining a Lambda function",
        SECRETS,
    ),
    ("ParameterMaxVersionLimitExceeded when updating a parameter with a label", SECRETS),
    ("downgrade a Parameter Store advanced parameter back to standard tier", SECRETS),
    (
        "A company keeps third-party API tokens in AWS Secrets Manager. The tokens are not "
        "database credentials, and policy now requires them to be rotated every 12 hours. What "
        "does the company need to set up for the rotation to work?",
        SECRETS,
    ),
    ("CopyImage fails on an AMI shared with my account but launching from it works", AMIS),
    ("can I share an AMI encrypted with the default aws/ebs key with another account", AMIS),
    (
        "A company shares an AMI with its entire AWS Organization by putting the organization "
        "ARN in the launch permission. Member accounts can see the AMI, but launches fail "
        "because the root volume cannot be decrypted. The snapshots use a customer managed key."
        " What is missing?",
        AMIS,
    ),
    ("stop anyone in any account from making AMIs public", AMIS),
    ("CryptoCurrency:EC2/BitcoinTool.B!DNS finding what does it mean", GUARDDUTY),
    (
        "do I have to create a CloudTrail trail and VPC flow logs before GuardDuty can work",
        GUARDDUTY,
    ),
    ("why doesn't GuardDuty see GetObject and DeleteObject calls on my buckets", GUARDDUTY),
    (
        "detect access keys used from an unusual country or an instance talking to a command "
        "and control server",
        GUARDDUTY,
    ),
    (
        "A company's EC2 instances resolve DNS through domain controllers in its own data "
        "center instead of the VPC's default resolver. GuardDuty is enabled but never raises "
        "DNS-based findings such as data exfiltration over DNS. What explains this?",
        GUARDDUTY,
    ),
    ("Recon:EC2/Portscan from our own vulnerability scanner, how to stop the alerts", GUARDDUTY),
    ("where are Inspector assessment templates and assessment runs", INSPECTOR),
    ("scan ECR container images for new CVEs even after they've been pushed", INSPECTOR),
    (
        "A company activated Amazon Inspector enhanced scanning for ECR. An image pushed four "
        "months ago, and not pulled or run since, gets no finding for a critical CVE published "
        "this week, while recently pushed images do. What explains the difference?",
        INSPECTOR,
    ),
    (
        "StartOnDemandScan AMI findings not appearing in Inspector console or Security Hub",
        INSPECTOR,
    ),
    ("does Amazon Inspector check RDS or S3 for vulnerabilities", INSPECTOR),
    ("find which buckets contain passport numbers and credit card data", MACIE),
    ("can Macie look for PII in DynamoDB tables or RDS", MACIE),
    (
        "Amazon Macie reports the company's public customer support phone number as sensitive "
        "data in thousands of chat transcripts stored in S3. The security team wants Macie to "
        "stop reporting that number while still flagging other personal data. What should the "
        "team configure?",
        MACIE,
    ),
    (
        "ACM certificate not showing when creating an edge-optimized custom domain in API "
        "Gateway",
        API_GATEWAY_ACM,
    ),
    (
        "make partners present a client certificate before they can call our REST API",
        API_GATEWAY_ACM,
    ),
    ("private API gateway custom domain name supported?", API_GATEWAY_ACM),
    (
        "A company enabled mutual TLS on a custom domain name for its REST API. A penetration "
        "test shows that clients without any certificate can still invoke the API through its "
        "default execute-api URL. What should the company do?",
        API_GATEWAY_ACM,
    ),
    (
        "same WAF rules on every ALB across all org accounts including future accounts",
        FIREWALL_MANAGER,
    ),
    ("why does Firewall Manager need AWS Config enabled in every account", FIREWALL_MANAGER),
    ("PutAdminAccount firewall manager administrator for one OU only", FIREWALL_MANAGER),
    (
        "A security team creates an AWS Firewall Manager security group content audit policy "
        "for the production OU without turning on automatic remediation. A new account joins "
        "the OU and opens all ports to 0.0.0.0/0. What will Firewall Manager do?",
        FIREWALL_MANAGER,
    ),
    ("guardduty vs inspector vs macie which one do I use when", THREAT_DETECTION),
    (
        "one dashboard for findings from all accounts plus checks against CIS and PCI DSS "
        "benchmarks",
        THREAT_DETECTION,
    ),
    (
        "encryption at rest vs in transit vs client side, what does each actually protect "
        "against",
        DATA_PROTECTION,
    ),
    (
        "SCS-C03 topics these notes don't cover like CloudTrail organization trails and "
        "Detective",
        EXAM_MAP,
    ),
    ("all quiz questions in one place to test myself", PRACTICE),
    ("one page recap to print the night before the exam", CHEAT_SHEET),
    ("download the notes as PDF or flashcards to study offline", HOME),
    # --- A twenty-fourth held-out batch: keywords, a learner's own questions (typos kept), stems
    # and the site itself; written and run like the twenty-second. --
    ("how do I search these notes or turn on dark mode", HOME),
    ("download the notes as a pdf or offline copy", HOME),
    ("who holds the keys tls vs sse vs client-side", DATA_PROTECTION),
    (
        "difference between encryption in transit, at rest and client side "
        "and what each one protects against",
        DATA_PROTECTION,
    ),
    ("kms automatic rotation 180 days", KMS),
    ("can I get back a kms key that is scheduled for deletion", KMS),
    ("role has kms:Decrypt in its iam policy but still gets AccessDeniedException, why", KMS),
    (
        "A company must keep its key material in single-tenant HSMs that it controls. "
        "Amazon S3 and Amazon EBS must still encrypt data through AWS KMS with the same "
        "native integrations. Which solution meets these requirements?",
        KMS,
    ),
    (
        "A security engineer must allow every IAM principal in account 111122223333 to use "
        "a customer managed KMS key without listing each role in the key policy. "
        "Which condition key should the key policy statement use?",
        KMS,
    ),
    ("aws:SecureTransport s3 bucket policy", IN_FLIGHT),
    ("rds.force_ssl postgres", IN_FLIGHT),
    ("why didnt acm renew the imported certifcate on my load balancer", IN_FLIGHT),
    (
        "Auditors require that every client use TLS 1.2 or later when it reads or writes "
        "objects in an Amazon S3 bucket. Requests with older protocol versions must be "
        "refused. Which solution meets this requirement?",
        IN_FLIGHT,
    ),
    ("dsse-kms bucket key support", SERVER_SIDE),
    ("sse-c blocked by default new buckets", SERVER_SIDE),
    ("whats the diffrence between sse-s3 and sse-kms", SERVER_SIDE),
    (
        "A company has millions of S3 objects encrypted with SSE-S3. It must move them to "
        "SSE-KMS with a customer managed key without copying the objects or changing their "
        "metadata. Which solution meets these requirements?",
        SERVER_SIDE,
    ),
    ("why does kms Encrypt fail on my big log file", CLIENT_SIDE),
    ("is an object I encrypt on the client encrypted twice once it is in s3", CLIENT_SIDE),
    (
        "A research company stores patient scans in Amazon S3. A new regulation says that "
        "neither Amazon S3 nor any user with S3 read access may ever see the plaintext. "
        "Which approach meets this requirement?",
        CLIENT_SIDE,
    ),
    ("dynamodb switch table to customer managed key", STORAGE),
    ("aurora encrypted by default aws owned key", STORAGE),
    ("how do i encrypt an rds instance that was created unencrypted", STORAGE),
    (
        "A company turned on EBS encryption by default in its Region last month. An audit "
        "still finds unencrypted EBS volumes attached to older EC2 instances. The company "
        "must encrypt these volumes with a customer managed KMS key. What should the "
        "company do?",
        STORAGE,
    ),
    (
        "A security team must make sure that nobody in any account of its organization can "
        "create an Amazon EFS file system that is unencrypted at rest. Which solution "
        "meets this requirement?",
        STORAGE,
    ),
    ("ReplicaKmsKeyID sse-kms opt-in", S3_REPLICATION),
    ("are objects encrypted with sse-c copied by s3 replication", S3_REPLICATION),
    (
        "A company replicates SSE-KMS objects to a bucket in another Region. Replication "
        "stopped working after the team enabled S3 Bucket Keys. The replication role has "
        "kms:Decrypt on the source key and kms:Encrypt on the destination key. "
        "What should the team change?",
        S3_REPLICATION,
    ),
    (
        "A company replicates objects from a bucket in account A to a bucket in account B. "
        "Account B must own every replica. Which solution meets this requirement with the "
        "LEAST operational overhead?",
        S3_REPLICATION,
    ),
    ("share encrypted ami aws/ebs", AMIS),
    ("other account can see my shared ami but launching it fails with a kms error", AMIS),
    (
        "Account B launches EC2 instances from an encrypted AMI that account A shares with "
        "it. Account B wants its own copy of the AMI, encrypted with its own KMS key, so "
        "that it no longer depends on account A. Which actions are required?",
        AMIS,
    ),
    (
        "A company wants every account in one organizational unit to launch instances from "
        "an AMI whose snapshots are encrypted with a customer managed KMS key. Accounts "
        "added to the OU later must get access without further changes. "
        "Which solution meets these requirements?",
        AMIS,
    ),
    ("parameter store securestring version history", SECRETS),
    ("most secure way to pass a db password to a lambda function", SECRETS),
    ("how often can secrets manager rotate a secret", SECRETS),
    (
        "A company stores database credentials that must rotate automatically every 30 "
        "days and must also be available in a second Region for disaster recovery. "
        "Which service meets these requirements?",
        SECRETS,
    ),
    ("inspector or guardduty or macie which one", THREAT_DETECTION),
    ("what's the difference between security hub and security hub cspm", THREAT_DETECTION),
    (
        "A company runs GuardDuty, Inspector and Macie in 30 accounts. The security team "
        "wants one view of all their findings, together with checks of the accounts "
        "against the CIS AWS Foundations Benchmark. Which service meets these requirements?",
        THREAT_DETECTION,
    ),
    ("guardduty runtime monitoring fargate agent", GUARDDUTY),
    ("do i need to turn on vpc flow logs and cloudtrail for guardduty to work", GUARDDUTY),
    (
        "A security team wants a text message sent to the on-call engineer whenever Amazon "
        "GuardDuty reports a High severity finding. The team does not want to write or run "
        "polling code. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "A company runs Amazon Aurora databases and must detect brute-force and other "
        "anomalous login attempts against them. It does not want to install agents or "
        "build its own log analysis. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    ("ecr image rescan 14 days", INSPECTOR),
    ("inspector score vs cvss epss", INSPECTOR),
    ("does amazon inspector still use assesment templates and runs", INSPECTOR),
    (
        "A company must find out which ports on its EC2 instances can be reached from the "
        "internet. It may not install software on the instances or send test traffic. "
        "Which solution meets these requirements?",
        INSPECTOR,
    ),
    ("macie bucket sensitivity score", MACIE),
    ("why arent macie sensitive data findings showing up in security hub", MACIE),
    (
        "A company must be alerted whenever any of its S3 buckets starts replicating "
        "objects to an AWS account outside its organization, or becomes publicly "
        "accessible. Which solution meets these requirements?",
        MACIE,
    ),
    ("overview of the firewall manager and api gateway certificate pages", EDGE),
    ("firewall manager network acl policy", FIREWALL_MANAGER),
    ("who is allowed to create firewall manager admin accounts", FIREWALL_MANAGER),
    (
        "A company must block DNS lookups of known malicious domains from every VPC in "
        "every account of its AWS Organizations organization, including accounts created "
        "later. Which solution meets these requirements with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A company subscribes to AWS Shield Advanced and must make sure every new Elastic IP "
        "address and Application Load Balancer in any member account is protected "
        "automatically. Which solution meets this requirement?",
        FIREWALL_MANAGER,
    ),
    ("edge-optimized api custom domain cert us-east-1", API_GATEWAY_ACM),
    ("how do i stop clients from bypassing my custom domain through execute-api", API_GATEWAY_ACM),
    (
        "A company must accept only TLS 1.3 connections on the custom domain name of its "
        "REST API in Amazon API Gateway. Clients that offer TLS 1.2 must be rejected. "
        "Which solution meets this requirement?",
        API_GATEWAY_ACM,
    ),
    (
        "Account A owns a private REST API with a private custom domain name and shares it "
        "with account B through AWS RAM. Applications in a VPC of account B must call the "
        "API by that name without using the internet. What must account B do?",
        API_GATEWAY_ACM,
    ),
    ("does this site help with the saa-c03 secure architectures domain", EXAM_MAP),
    ("exam style practice questions grouped by domain", PRACTICE),
    ("where are all the ordering and matching questions with explained answers", PRACTICE),
    ("two page printable summary to read the night before the exam", CHEAT_SHEET),
    ("last minute revision sheet", CHEAT_SHEET),
    ("what does SPDX stand for", GLOSSARY),
    ("list of all the acronyms and what they stand for", GLOSSARY),
    # --- A twenty-fifth held-out batch, after reading an exam question elsewhere: keywords,
    # own words, stems with distractors and revision; run once after this round's changes. --
    (
        "why do i get AccessDeniedException on kms decrypt even tho my iam policy allows it",
        KMS,
    ),
    ("is it possible to turn an existing single region kms key into a multi region one", KMS),
    (
        "A company must keep its key material in single-tenant HSMs that the security team "
        "controls, while Amazon S3 and Amazon EBS keep encrypting data through AWS KMS. One "
        "engineer proposes importing key material into a KMS key, and another proposes an "
        "external key store. Which solution meets these requirements?",
        KMS,
    ),
    (
        "A security engineer scheduled a customer managed KMS key for deletion five days ago. "
        "A data team now reports that archived records in Amazon S3 and Amazon DynamoDB are still "
        "encrypted under that key and must remain readable. Which actions should the engineer "
        "take to restore use of the key?",
        KMS,
    ),
    ("deny http securetransport", IN_FLIGHT),
    ("does encrypting my rds db with kms also force ssl connections", IN_FLIGHT),
    (
        "A payment application runs on EC2 instances behind a load balancer. Auditors require "
        "that TLS terminate only on the instances, so that no intermediate AWS device ever sees "
        "plaintext card data. The team is considering an Application Load Balancer with an HTTPS "
        "target group, Amazon CloudFront, and AWS WAF. Which solution meets these requirements?",
        IN_FLIGHT,
    ),
    (
        "A team created an Application Load Balancer HTTPS listener with AWS CloudFormation and "
        "did not name a security policy. A scan shows that the listener still accepts TLS 1.0. "
        "AWS WAF and AWS Shield Advanced are already attached to the load balancer. Which change "
        "makes the listener accept only TLS 1.2 or later?",
        IN_FLIGHT,
    ),
    ("sse-c 403 new bucket", SERVER_SIDE),
    ("dsse-kms vs sse-kms", SERVER_SIDE),
    ("are s3 objects encrypted by default now or do i still need a bucket policy", SERVER_SIDE),
    (
        "A company stores regulated documents in an Amazon S3 bucket that uses the default "
        "SSE-S3 encryption. Auditors now require a record of every use of the encryption key and "
        "the ability to make all objects unreadable at once by disabling the key. The team is also "
        "evaluating Amazon Macie. Which solution meets these requirements?",
        SERVER_SIDE,
    ),
    (
        "A data engineering team must move 2 billion existing S3 objects from SSE-S3 to SSE-KMS "
        "with a customer managed key. The objects must keep their ETags and storage classes, and "
        "objects in archive storage classes must not be restored. Which solution meets these "
        "requirements with the LEAST operational overhead?",
        SERVER_SIDE,
    ),
    ("kms encrypt fails on my 20mb file, do i need a quota increase", CLIENT_SIDE),
    (
        "whats the diffrence between the aws encryption sdk and the s3 encryption client",
        CLIENT_SIDE,
    ),
    (
        "A research institute uploads genomic files to Amazon S3. A new contract states that "
        "neither AWS nor any administrator with full S3 permissions may ever see the plaintext. "
        "The team is considering SSE-C, DSSE-KMS and S3 Object Lock. Which solution meets these "
        "requirements?",
        CLIENT_SIDE,
    ),
    ("encrypt existing rds instance", STORAGE),
    ("dynamodb customer managed key switch", STORAGE),
    ("turned on ebs encryption by default but my old volumes are still unencrypted?", STORAGE),
    (
        "A company runs an Amazon RDS for MySQL DB instance in eu-central-1 that is encrypted "
        "with a customer managed KMS key. For disaster recovery, encrypted manual snapshots must "
        "be copied to eu-west-1 every day and be restorable there. A colleague suggests adding "
        "eu-west-1 to the existing key policy. Which solution meets these requirements?",
        STORAGE,
    ),
    (
        "Hundreds of EC2 instances mount a shared Amazon EFS file system that is already "
        "encrypted at rest. A new rule says that NFS clients that connect without encryption in "
        "transit must be refused. An engineer proposes restricting the security group to port "
        "443. Which solution meets the requirement?",
        STORAGE,
    ),
    ("what kms permissions does the replication role need on the destination key", S3_REPLICATION),
    (
        "Account A replicates SSE-KMS objects from a bucket in us-east-1 to a bucket in account B "
        "in ap-southeast-2, where replicas use a customer managed key. Replication stopped with "
        "KMS AccessDenied errors right after S3 Bucket Keys were enabled, and Amazon GuardDuty "
        "reports nothing unusual. Which changes will restore replication?",
        S3_REPLICATION,
    ),
    (
        "A company adds a Cross-Region Replication rule to a versioned bucket that already holds "
        "10 million objects, some of them in S3 Glacier Deep Archive. The compliance team expects "
        "every existing object to appear in the destination bucket. The team considers enabling "
        "S3 Replication Time Control. What should the company do?",
        S3_REPLICATION,
    ),
    ("share ami encrypted aws/ebs", AMIS),
    ("other account can see my shared ami but launch fails with a kms error", AMIS),
    ("does block public access for amis affect amis that are already public", AMIS),
    (
        "A company wants to share a golden AMI, encrypted with a customer managed KMS key, with "
        "every account in its production organizational unit, including accounts created later. "
        "The team is considering AWS RAM, making the AMI public with an SCP, and AWS Firewall "
        "Manager. Which solution meets these requirements with the LEAST operational overhead?",
        AMIS,
    ),
    ("how do i rotate the rds master password without writing a lambda function", SECRETS),
    ("is parameter store free compared to secrets manager", SECRETS),
    (
        "A Lambda function in account B must read a database secret stored in AWS Secrets "
        "Manager in account A. The secret is encrypted with the aws/secretsmanager key, and the "
        "function's role already allows secretsmanager:GetSecretValue. The team is considering "
        "VPC peering and copying the value to Parameter Store. Which actions must account A take?",
        SECRETS,
    ),
    (
        "A team keeps application settings in SSM Parameter Store and updates one parameter many "
        "times a day through an AWS CodePipeline deployment. Updates to that parameter now fail "
        "with ParameterMaxVersionLimitExceeded. What is the most likely cause?",
        SECRETS,
    ),
    ("security hub exposure findings", THREAT_DETECTION),
    ("difference between guardduty inspector and macie, which one do i pick", THREAT_DETECTION),
    (
        "A company runs Amazon GuardDuty, Amazon Inspector and Amazon Macie in 30 accounts. The "
        "CISO wants one place that shows all of their findings together with automated checks "
        "against the CIS AWS Foundations Benchmark and PCI DSS. Which service meets this "
        "requirement?",
        THREAT_DETECTION,
    ),
    ("BitcoinTool.B!DNS finding meaning", GUARDDUTY),
    ("do i need to turn on vpc flow logs and a cloudtrail trail for guardduty to work", GUARDDUTY),
    (
        "An attacker used stolen access keys to launch instances in ap-south-1, a Region the "
        "company never uses, and no alert fired. The company has 50 accounts in AWS Organizations "
        "and has enabled Amazon GuardDuty only in us-east-1 in a few accounts. Which solution "
        "meets the requirement to detect such activity with the LEAST operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company runs containers on Amazon ECS with AWS Fargate. It must detect reverse shells "
        "and crypto miners inside running tasks. Amazon Inspector already scans the images in "
        "Amazon ECR, and the team does not want to manage agents. Which solution meets these "
        "requirements?",
        GUARDDUTY,
    ),
    ("inspector agentless ec2 scanning", INSPECTOR),
    ("why doesnt my ubuntu instance get an inspector score", INSPECTOR),
    (
        "A DevOps team builds container images in AWS CodeBuild and pushes them to Amazon ECR. "
        "The security team wants the pipeline to fail before an image with a known CVE is ever "
        "pushed. Amazon GuardDuty and ECR basic scanning are already enabled. Which solution "
        "meets this requirement?",
        INSPECTOR,
    ),
    (
        "A company's security runbook tells engineers to create Amazon Inspector assessment "
        "templates and start weekly assessment runs on EC2 instances. The console no longer "
        "offers these options. The team also uses Amazon Macie and AWS Config. How should the team "
        "scan its instances for software vulnerabilities now?",
        INSPECTOR,
    ),
    ("can macie scan dynamodb or rds tables for pii", MACIE),
    (
        "A retail company must be alerted whenever an S3 bucket is changed so that it is shared "
        "with an AWS account outside its organization, and must also find which buckets contain "
        "credit card numbers. The team is considering AWS Config, GuardDuty S3 Protection and "
        "Amazon Inspector. Which service meets both requirements?",
        MACIE,
    ),
    (
        "A company enabled Amazon Macie and AWS Security Hub CSPM in all accounts. Macie policy "
        "findings appear in Security Hub, but no SensitiveData findings do, although Amazon "
        "EventBridge receives them. What should the security team do?",
        MACIE,
    ),
    ("what does the edge and governance part of the notes cover", EDGE),
    ("firewall manager aws config", FIREWALL_MANAGER),
    (
        "who can create a scoped firewall manager admin, the default admin or the management acct",
        FIREWALL_MANAGER,
    ),
    (
        "A company with 120 accounts in AWS Organizations must make sure that every VPC, including "
        "VPCs in accounts created later, blocks DNS lookups of a list of known malware domains. "
        "The security team is considering GuardDuty threat lists and AWS WAF rules. Which "
        "solution meets these requirements with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    ("edge-optimized certificate region", API_GATEWAY_ACM),
    ("how do i stop clients bypassing mtls by calling the execute-api url", API_GATEWAY_ACM),
    (
        "A company exposes a Regional REST API in ap-northeast-1 to IoT devices. Each device must "
        "present a client certificate issued by the company's own certificate authority before it "
        "can call the API. The team is considering Amazon Cognito and AWS WAF. Which combination "
        "of steps meets this requirement?",
        API_GATEWAY_ACM,
    ),
    ("at-rest vs in-transit", DATA_PROTECTION),
    (
        "encryption in transit vs at rest vs client side, what does each one actually protect "
        "against",
        DATA_PROTECTION,
    ),
    ("download the notes as a pdf", HOME),
    ("what do the green and orange boxes mean", HOME),
    ("is there an offline copy of this site i can use on the train", HOME),
    ("which iam topics for the exam arent covered by these notes", EXAM_MAP),
    ("mock exam questions with every option explained", PRACTICE),
    ("printable two page summary", CHEAT_SHEET),
    ("quick revision sheet for the night before the exam", CHEAT_SHEET),
    ("what does pkcs stand for", GLOSSARY),
    ("list of acronyms and what they mean", GLOSSARY),
    # --- A twenty-sixth held-out batch, as revised from memory: API names, errors and limits,
    # own words, stems with distractors and the site; run once after this round's changes. --
    ("ScheduleKeyDeletion waiting period days", KMS),
    ("kms:CallerAccount with principal *", KMS),
    ("why does my role get accessdenied on kms decrypt even tho the iam policy allows it", KMS),
    ("can i set kms auto rotation to every 180 days or is it always once a year", KMS),
    (
        "A bank's regulator requires that its encryption key material is never stored in AWS. "
        "The bank still wants Amazon S3 and Amazon EBS to encrypt data at rest through their "
        "native AWS KMS integration, and it already runs a key manager in its own data center. "
        "An architect has also proposed an AWS CloudHSM cluster in the bank's VPC. "
        "Which solution meets these requirements?",
        KMS,
    ),
    ("s3:TlsVersion bucket policy deny below 1.2", IN_FLIGHT),
    ("acm cert on my alb didnt renew, it was imported from another ca", IN_FLIGHT),
    (
        "A company created an Application Load Balancer HTTPS listener with AWS CloudFormation "
        "and did not name a security policy. An audit now requires the listener to accept only "
        "TLS 1.2 and TLS 1.3, with hybrid post-quantum key exchange for clients that offer it. "
        "Moving TLS termination to the EC2 instances has also been suggested. "
        "Which action meets these requirements with the LEAST effort?",
        IN_FLIGHT,
    ),
    ("UpdateObjectEncryption sse-s3 to sse-kms in place", SERVER_SIDE),
    ("SSE-C upload 403 AccessDenied new bucket", SERVER_SIDE),
    ("difference between dsse-kms and sse-kms, do bucket keys work with dsse", SERVER_SIDE),
    (
        "A company requires that every object uploaded to an S3 bucket is encrypted with SSE-KMS. "
        "Some developers send uploads with the AES256 header, and others send no encryption "
        "header at all. S3 Block Public Access is already turned on for the bucket. "
        "Which solution makes S3 reject any upload that does not ask for SSE-KMS?",
        SERVER_SIDE,
    ),
    ("why cant i just call kms encrypt on a 20 mb file", CLIENT_SIDE),
    ("s3 encryption client vs aws encryption sdk whats the differnce", CLIENT_SIDE),
    (
        "A SaaS company encrypts each tenant's records in its application with envelope "
        "encryption under one shared KMS key before storing them. Decryption must fail when a "
        "record is presented as belonging to another tenant, and auditors want each KMS request "
        "in CloudTrail to show which tenant it was for. Creating one KMS key per tenant is too "
        "costly. Which solution meets these requirements?",
        CLIENT_SIDE,
    ),
    ("ec2-ebs-encryption-by-default config rule", STORAGE),
    ("elasticfilesystem:Encrypted condition key scp", STORAGE),
    ("how to encrypt an existing unencrypted rds databse", STORAGE),
    ("can i switch my dynamodb table to a customer managed key without recreating it", STORAGE),
    (
        "A company runs an Amazon RDS for PostgreSQL DB instance in eu-west-1 that is encrypted "
        "with a customer managed KMS key. It needs a read replica in us-east-1 for reporting. "
        "One engineer proposes reusing the eu-west-1 key ARN for the replica, and another "
        "proposes converting the existing key into a multi-Region key. "
        "What must the company do when it creates the replica?",
        STORAGE,
    ),
    ("replicate sse-kms objects ReplicaKmsKeyID", S3_REPLICATION),
    ("does s3 replication copy delete markers and objects in glacier deep archive", S3_REPLICATION),
    (
        "A media company replicates new objects from an S3 bucket in us-east-1 to a bucket in "
        "us-west-2. A new contract requires that 99.99% of new objects reach the destination "
        "within 15 minutes, backed by a service-level agreement, and that the team is notified "
        "when an object misses that threshold. Which solution meets these requirements?",
        S3_REPLICATION,
    ),
    (
        "A company replicates billions of SSE-KMS encrypted objects from one S3 bucket to a "
        "bucket in another Region. During peak hours replication falls behind and S3 reports "
        "HTTP 503 errors caused by KMS throttling. Versioning is enabled on both buckets. "
        "Which action should the company take FIRST?",
        S3_REPLICATION,
    ),
    ("share encrypted ami kms key policy launch permission", AMIS),
    (
        "A platform team builds a golden AMI whose snapshots are encrypted with a customer "
        "managed KMS key. Every account in the Workloads organizational unit, including accounts "
        "added to it later, must be able to launch instances from the AMI. Listing account IDs "
        "one by one is not acceptable. Which combination of steps meets these requirements?",
        AMIS,
    ),
    (
        "Account A shares an AWS Marketplace AMI with account B, and account B launches "
        "instances from it. Account B now wants its own AMI in its account, encrypted with a "
        "KMS key that account B owns, but CopyImage on the shared AMI fails. "
        "What should account B do?",
        AMIS,
    ),
    ("ParameterMaxVersionLimitExceeded label", SECRETS),
    ("parameter store or secrets manager for auto rotating db passwords", SECRETS),
    (
        "A company rotates the password of an Amazon RDS for MySQL application user with a "
        "Secrets Manager rotation Lambda function. During each rotation some connections fail "
        "for a short time. The company wants current credentials to keep working throughout "
        "rotation, and a superuser secret already exists. Which solution meets these requirements?",
        SECRETS,
    ),
    (
        "A company runs an application in us-east-1 with a standby copy in us-west-2 for "
        "disaster recovery. The application reads a third-party API key from AWS Secrets "
        "Manager, which a Lambda function rotates. The standby must read the current value "
        "locally in its own Region, encrypted with a KMS key of that Region. "
        "Which solution meets these requirements?",
        SECRETS,
    ),
    ("CryptoCurrency:EC2/BitcoinTool.B!DNS finding", GUARDDUTY),
    ("how do i get emailed when guardduty finds somthing high sev", GUARDDUTY),
    (
        "A company must be alerted about brute-force login attempts against its Amazon Aurora "
        "PostgreSQL databases, including a successful login after a series of failures. "
        "It does not want to install anything on the databases or have table contents read. "
        "Amazon Inspector and Amazon Macie are already enabled. "
        "Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "A company accepts file uploads from customers into an S3 bucket and must scan every "
        "new object for malware as it arrives. It does not want to enable the rest of Amazon "
        "GuardDuty's threat detection, and it wants each scan result written as a tag on the "
        "object. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    ("is inspector classic with assesment templates still a thing", INSPECTOR),
    (
        "An auditor asks a company for a software bill of materials for every container image "
        "in Amazon ECR and every EC2 instance, in CycloneDX or SPDX format, delivered to an S3 "
        "bucket. The company already scans these resources for CVEs continuously. "
        "Which solution meets this requirement with the LEAST effort?",
        INSPECTOR,
    ),
    (
        "A company's Lambda functions already receive findings for vulnerable third-party "
        "dependencies. The security team now also wants the functions' own code checked for "
        "injection flaws, data leaks and weak cryptography whenever the functions are updated. "
        "Which solution meets this requirement?",
        INSPECTOR,
    ),
    (
        "Amazon Macie keeps reporting sensitive data findings for the company's public customer "
        "support phone number, which appears in thousands of S3 objects. The team wants Macie to "
        "stop reporting that one number while it still finds other phone numbers. "
        "Which solution meets this requirement?",
        MACIE,
    ),
    (
        "A company must be alerted within minutes whenever any S3 bucket in its organization "
        "starts replicating objects to an AWS account outside the organization. A Lambda "
        "function should then notify the data owner. AWS Config and Amazon GuardDuty are already "
        "enabled. Which solution meets these requirements?",
        MACIE,
    ),
    ("fms prereqs aws config all features", FIREWALL_MANAGER),
    (
        "who is allowed to create firewall manager admins, can the default admin do it",
        FIREWALL_MANAGER,
    ),
    (
        "A company with 80 accounts in AWS Organizations must find security groups in every "
        "account that allow all ports from 0.0.0.0/0 and clean up unused security groups, from "
        "one central account. Accounts created later must be covered automatically. "
        "Which solution meets these requirements with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A security team must block DNS lookups of known malicious domains from every VPC in "
        "every account of its organization, including VPCs created later. The organization has "
        "all features enabled and AWS Config is recording everywhere. "
        "Which solution meets these requirements?",
        FIREWALL_MANAGER,
    ),
    ("edge-optimized custom domain acm cert region", API_GATEWAY_ACM),
    ("how do i stop clients hitting the execute-api url and skipping mtls", API_GATEWAY_ACM),
    (
        "A company deploys the same Regional REST API in us-east-1 and eu-west-1 and serves "
        "both at api.example.com with Route 53 latency-based routing. An engineer requested "
        "one ACM certificate in us-east-1 and wants to reuse it in eu-west-1. "
        "Which solution meets these requirements?",
        API_GATEWAY_ACM,
    ),
    (
        "A regulated company must make the custom domain name of its Regional REST API accept "
        "only TLS 1.3. Mutual TLS is not used. The team considered the TLS_1_2 security policy "
        "and putting its own CloudFront distribution in front of the API. "
        "Which configuration meets the requirement?",
        API_GATEWAY_ACM,
    ),
    ("security hub cspm pci dss cis standards", THREAT_DETECTION),
    ("which service finds cves vs threats vs pii, i keep mixing them up", THREAT_DETECTION),
    (
        "A company has enabled Amazon GuardDuty, Amazon Inspector and Amazon Macie. Managers "
        "assume these services will isolate compromised instances, patch vulnerable packages and "
        "lock down public buckets on their own. A security engineer must make the findings of "
        "all three trigger fixes automatically. What should the engineer add?",
        THREAT_DETECTION,
    ),
    ("at rest vs in transit vs client side, what does each protect against", DATA_PROTECTION),
    ("who holds the keys with tls vs server side vs client side encryption", DATA_PROTECTION),
    ("edge and governance section firewall manager plus api gateway certs", EDGE),
    ("dark mode toggle", HOME),
    ("download the notes as pdf or offline copy", HOME),
    ("scs-c03 domain weights percent", EXAM_MAP),
    ("which exam domains do these notes not cover yet", EXAM_MAP),
    ("does this site help with saa-c03 design secure architectures", EXAM_MAP),
    ("quiz myself on all topics grouped by exam domain", PRACTICE),
    ("where are all the ordering and matching practice questions", PRACTICE),
    ("printable summary for the night before the exam", CHEAT_SHEET),
    ("print all the at a glance tables on two pages", CHEAT_SHEET),
    ("acronym list abbreviations meanings", GLOSSARY),
    # Twenty-seventh later batch: written before the ranking was looked at.
    ("GetPublicKey", KMS),
    ("hsm2m.medium fips 140-3", KMS),
    ("can another account call decrypt with my kms key's alias arn or only the key arn", KMS),
    (
        "An application must let an AWS service use a customer managed KMS key for a short batch "
        "job, and the permission must be removed when the job ends. The security team does not "
        "want anyone to edit the key policy or IAM policies for each job. Amazon Macie and AWS "
        "Config are enabled. What should the application use, and how can the service act before "
        "the permission has propagated?",
        KMS,
    ),
    ("console default key policy key users create grants for ebs", KMS),
    ("origin protocol policy", IN_FLIGHT),
    ("does psql check the rds server certificate by default or do i need verify-full", IN_FLIGHT),
    ("which rds certificate authority supports automatic server certificate rotation", IN_FLIGHT),
    (
        "A company must install a publicly trusted certificate, together with its private key, on "
        "a third-party load-balancing appliance in its own data center, and it wants the "
        "certificate to come from AWS Certificate Manager. The team also considered importing a "
        "certificate from another certificate authority and using AWS Private CA. Which option "
        "meets the requirement, and what must the team do after each renewal?",
        IN_FLIGHT,
    ),
    ("salted hmac sse-c", SERVER_SIDE),
    ("sse-c as bucket default", SERVER_SIDE),
    ("which kms key does s3 use when an upload asks for aws:kms but names no key", SERVER_SIDE),
    (
        "A developer's test script sent one SSE-C upload, including the customer-provided key, to "
        "an S3 bucket over plain HTTP instead of HTTPS. Other buckets of the company use SSE-KMS, "
        "and S3 Block Public Access is turned on for the account. What happened to the request, "
        "and what does AWS advise the company to do with that key?",
        SERVER_SIDE,
    ),
    (
        "cross-account uploads fail on a bucket whose default is sse-kms with the aws/s3 key",
        SERVER_SIDE,
    ),
    ("data key blast radius", CLIENT_SIDE),
    (
        "can one data key be wrapped under two kms keys so two parties can each decrypt it",
        CLIENT_SIDE,
    ),
    (
        "A company writes 50 million small objects per day to Amazon S3, each encrypted with the "
        "Amazon S3 Encryption Client under a customer managed KMS key. KMS costs and throttling "
        "keep growing, and an engineer proposes turning on S3 Bucket Keys for the bucket. "
        "GuardDuty S3 Protection is also enabled. Why will Bucket Keys not reduce the KMS "
        "requests?",
        CLIENT_SIDE,
    ),
    ("where the encrypted data key is stored: s3 encryption client vs encryption sdk", CLIENT_SIDE),
    ("GetEbsEncryptionByDefault", STORAGE),
    ("asymmetric kms key for ebs volume encryption", STORAGE),
    (
        "why cant i share my rds oracle snapshot that has a permanent option in its option group",
        STORAGE,
    ),
    (
        "A company runs an encrypted Amazon Aurora MySQL DB cluster in us-east-1 and must add a "
        "cross-Region read replica cluster in eu-central-1 for disaster recovery. The engineer's "
        "CreateDBCluster call names the us-east-1 KMS key ARN in KmsKeyId and fails. AWS Backup "
        "cross-Region copies were also suggested. What should the engineer do?",
        STORAGE,
    ),
    (
        "A company wants to encrypt an unencrypted Amazon RDS for MySQL DB instance with little "
        "downtime. An engineer proposes creating a read replica encrypted with a customer managed "
        "KMS key and promoting it. AWS DMS and AWS Backup were also mentioned. Why will the "
        "engineer's plan fail, and what is the documented way to get an encrypted DB instance?",
        STORAGE,
    ),
    ("s3 replication chaining", S3_REPLICATION),
    ("SourceSelectionCriteria", S3_REPLICATION),
    ("will suspending versioning on the destination bucket break replication", S3_REPLICATION),
    (
        "A company runs an active-active application in two Regions with S3 buckets that "
        "replicate to each other. When a team changes tags or Object Lock settings on a replica, "
        "the change never reaches the source object. Versioning and the KMS keys are configured "
        "correctly, and AWS Config records both buckets. Which feature should the company enable?",
        S3_REPLICATION,
    ),
    (
        "key policy statement letting the source account's replication role kms:Encrypt with the "
        "destination key",
        S3_REPLICATION,
    ),
    ("kms:GenerateDataKey* shared ami", AMIS),
    ("who pays when another account launches instances from my shared ami", AMIS),
    (
        "Account A shares an encrypted AMI, and the customer managed key of its snapshots, with "
        "account B in us-east-1. Account B's team in ap-southeast-2 cannot find the AMI there. "
        "Amazon Inspector scans the instances that account B already runs in us-east-1. What must "
        "be done so that account B can launch the AMI in ap-southeast-2?",
        AMIS,
    ),
    ("ami launch permission for an organization plus aws:PrincipalOrgID in the key policy", AMIS),
    ("/prod/db/password:live", SECRETS),
    ("how many standard parameters can i have per region in parameter store", SECRETS),
    ("does a replicated secret rotate separately in each region", SECRETS),
    (
        "A company keeps a third-party API key in AWS Secrets Manager in account A. A workload in "
        "account B, in the same Region, must read its own copy of the secret, encrypted with a "
        "key that account B owns, and must keep getting new values when account A changes it. The "
        "team also considered a shared SSM parameter and a Lambda function that copies the value. "
        "Which solution meets these requirements?",
        SECRETS,
    ),
    ("Tactic:Service/Technique", GUARDDUTY),
    ("CredentialAccess:RDS/AnomalousBehavior.SuccessfulBruteForce", GUARDDUTY),
    ("if i delete my cloudtrail trail does guardduty stop seeing api calls", GUARDDUTY),
    ("why is my guardduty finding rated critical", GUARDDUTY),
    (
        "After a ransomware incident, a company wants to check the EBS snapshots, AMIs and S3 "
        "recovery points held in AWS Backup for malware before it restores anything. It does not "
        "want to restore them into a test account first. Amazon Inspector and Amazon Macie are "
        "already enabled. Which solution meets this requirement?",
        GUARDDUTY,
    ),
    ("Inspector Code Security", INSPECTOR),
    ("scan on push only repository filter", INSPECTOR),
    ("does inspector rescan my lambda function when i update it", INSPECTOR),
    (
        "A company must check the operating systems of its SSM-managed EC2 instances against CIS "
        "hardening guidance every week and review the results next to its vulnerability findings. "
        "AWS Config conformance packs and Amazon GuardDuty Runtime Monitoring were also "
        "suggested. Which solution meets this requirement?",
        INSPECTOR,
    ),
    ("S3BucketSharedWithCloudFront", MACIE),
    ("S3BucketEncryptionDisabled", MACIE),
    ("can a macie custom data identifier require a keyword near the match", MACIE),
    (
        "Every week a company wants Amazon Macie to analyze the objects modified in the last 7 "
        "days in buckets tagged Classification=Confidential, using its own employee ID pattern as "
        "well as the managed identifiers. Automated sensitive data discovery is already on, and "
        "AWS Glue crawlers catalog the buckets. Which solution meets these requirements?",
        MACIE,
    ),
    ("classic load balancer shield advanced policy", FIREWALL_MANAGER),
    (
        "can one firewall manager policy enforce both waf rules and security groups",
        FIREWALL_MANAGER,
    ),
    (
        "A company must make every subnet in every account of its organization deny inbound "
        "traffic from a list of known-bad CIDR ranges, ahead of any rule that account teams add. "
        "Security groups cannot express deny rules, and AWS WAF already protects the Application "
        "Load Balancers. Which solution meets these requirements with the LEAST operational "
        "overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "central waf rules for every alb and api gateway stage across the organization",
        FIREWALL_MANAGER,
    ),
    ("api mapping custom domain", API_GATEWAY_ACM),
    ("how long does an edge-optimized custom domain take to become available", API_GATEWAY_ACM),
    (
        "what error do clients get on execute-api after i disable the default endpoint",
        API_GATEWAY_ACM,
    ),
    (
        "A company serves a Regional REST API in eu-west-1 through its own Amazon CloudFront "
        "distribution. The team requested an ACM certificate in eu-west-1 for the distribution's "
        "custom domain name, but the certificate does not appear when they edit the distribution. "
        "AWS WAF is attached to the distribution. What should the team do?",
        API_GATEWAY_ACM,
    ),
    (
        "do guardduty inspector and macie all send their findings to eventbridge automatically",
        THREAT_DETECTION,
    ),
    (
        "A company runs GuardDuty, Inspector and Macie in 40 accounts and wants to know which "
        "resources are most at risk, for example an EC2 instance with a critical CVE that is "
        "reachable from the internet and can read a bucket holding PII. The team considered "
        "Amazon Detective and an AWS Config aggregator. Which service correlates these signals "
        "into prioritized findings?",
        THREAT_DETECTION,
    ),
    (
        "who encrypts and who decrypts with tls, sse-s3 and the s3 encryption client",
        DATA_PROTECTION,
    ),
    ("why are firewall manager and api gateway certificates grouped together", EDGE),
    ("scs-c03 domain 6 governance", EXAM_MAP),
    ("the notes skip scps and control tower, where do i learn those", EXAM_MAP),
    ("can i print any page or only the cheat sheet", HOME),
    ("how do i search for an api action like kms:Decrypt on this site", HOME),
    ("follow my system light or dark preference", HOME),
    ("anki flashcards deck download", HOME),
    ("fit all the exam facts on two sheets of paper", CHEAT_SHEET),
    ("multiple response questions on incident response with answers explained", PRACTICE),
    ("glossary with links to the page that explains each term", GLOSSARY),
    # Twenty-eighth later batch: written before the ranking was looked at.
    ("SYMMETRIC_DEFAULT", KMS),
    ("kms:MultiRegion", KMS),
    ("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", IN_FLIGHT),
    ("rds-ca-rsa2048-g1", IN_FLIGHT),
    ("20 billion objects", SERVER_SIDE),
    ("wrapping key", CLIENT_SIDE),
    ("ModifyEbsDefaultKmsKeyId", STORAGE),
    ("up to 20 accounts rds snapshot", STORAGE),
    ("s3:ReplicateDelete", S3_REPLICATION),
    ("july 2023 ami block public access", AMIS),
    ("ExpirationNotification", SECRETS),
    ("AWSCURRENT", SECRETS),
    ("detail-type GuardDuty Finding", GUARDDUTY),
    ("CreateConnector azure", INSPECTOR),
    ("SPDX 2.3", INSPECTOR),
    ("SensitiveData:S3Object/Financial", MACIE),
    ("seven policy types", FIREWALL_MANAGER),
    ("IssueCertificate renewal", API_GATEWAY_ACM),
    (
        "my practice exam says customer managed keys rotate once a year fixed, is that still right",
        KMS,
    ),
    ("practice test says the kms hsms are fips 140-2 level 2 wich is correct now", KMS),
    ("a practice question says tls makes mitm attacks impossible, is that true", IN_FLIGHT),
    ("whats the default of require_secure_transport in rds mysql 8.4", IN_FLIGHT),
    (
        "mock exam says new s3 buckets store objects unencrypted unless you turn on default "
        "encryption, outdated?",
        SERVER_SIDE,
    ),
    ("is it ok to keep the encrypted data key right next to the ciphertext", CLIENT_SIDE),
    ("quiz says some instance types dont support ebs encryption is that still a thing", STORAGE),
    ("practice question claims sse-c objects are never replicated, true?", S3_REPLICATION),
    ("my course says amis can only be shared with individual account ids not a whole ou", AMIS),
    ("old course says secrets manager is mostly for rds, can it rotate other secrets too", SECRETS),
    (
        "practice exam lists s3 data events as an always on guardduty source, is that right",
        GUARDDUTY,
    ),
    (
        "practice exam says every inspector finding gets an inspector score, is that right",
        INSPECTOR,
    ),
    (
        "study guide says macie protects sensitive data, does it block or encrypt anything itself",
        MACIE,
    ),
    ("quiz lists only five firewall manager policy types, what are the others", FIREWALL_MANAGER),
    ("can my http api use an edge optimized custom domain", API_GATEWAY_ACM),
    ("dose encryption in transit replace encryption at rest or do i need both", DATA_PROTECTION),
    ("practice test says security hub fixes findings on its own, is that right", THREAT_DETECTION),
    (
        "A company scheduled deletion of the primary key of a multi-Region KMS key in us-east-1 "
        "with a 7-day waiting period. Two weeks later the key still exists in the "
        "PendingReplicaDeletion state. AWS Config and CloudTrail show no errors, and no CloudHSM "
        "key store is used. Why has the key not been deleted?",
        KMS,
    ),
    (
        "After a major version upgrade of an Amazon RDS for PostgreSQL DB instance from version 13 "
        "to version 16 with the new default parameter group, legacy reporting clients that connect "
        "without TLS are refused. The instance is encrypted at rest with a KMS key, no security "
        "group changed, and ACM is not involved. What explains the change?",
        IN_FLIGHT,
    ),
    (
        "A company must keep its own 256-bit keys on premises while Amazon S3 encrypts and "
        "decrypts the objects. The team wants to make this the bucket's default encryption so that "
        "no application has to change its requests. SSE-KMS with imported key material and the "
        "Amazon S3 Encryption Client were also discussed. What should the team know?",
        SERVER_SIDE,
    ),
    (
        "An application encrypts each record with a data key from KMS GenerateDataKey and the "
        "encryption context Tenant=acme. A new reporting service calls KMS Decrypt on the stored "
        "encrypted data keys with the context tenant=acme, and every call fails. The key policy "
        "and the IAM policy both allow kms:Decrypt, and Secrets Manager is not involved. What is "
        "the cause?",
        CLIENT_SIDE,
    ),
    (
        "A company's DynamoDB global table, created in 2018 on global tables version 2017.11.29, "
        "must move to a customer managed KMS key so that auditors can see every use of the key. "
        "Switching the key fails. Amazon Macie and AWS CloudHSM were also suggested. What must the "
        "team do first?",
        STORAGE,
    ),
    (
        "A company replicates objects to a destination bucket whose default encryption is SSE-KMS "
        "with a customer managed key. Objects uploaded unencrypted in 2022 are copied with S3 "
        "Batch Replication but fail, while newer SSE-S3 objects replicate. Amazon Macie shows no "
        "findings. Which permission does the replication role lack?",
        S3_REPLICATION,
    ),
    (
        "Account A shares an AMI encrypted with a customer managed KMS key, and the key, with "
        "account B. A developer in account B launches an instance from it without naming a KMS "
        "key, and EBS encryption by default is off in account B. AWS Config is on in both "
        "accounts. Which key encrypts the new instance's EBS volumes?",
        AMIS,
    ),
    (
        "A developer must give an AWS Lambda function the password of an Amazon RDS database. The "
        "options are a plain environment variable, a value hard-coded in the function, a file in "
        "the deployment package, or an environment variable encrypted with the console encryption "
        "helpers and decrypted at runtime with AWS KMS. Which option is the most secure, and what "
        "does the execution role need?",
        SECRETS,
    ),
    (
        "A security team relies on GuardDuty Extended Threat Detection to report multi-stage "
        "attacks in its accounts. To cut noise, an engineer proposes a suppression rule that "
        "archives every Low severity finding. Amazon Detective and AWS Security Hub were also "
        "discussed. What is the risk of this change?",
        GUARDDUTY,
    ),
    (
        "A company with 300 accounts in AWS Organizations wants EC2 and ECR vulnerability scanning "
        "turned on automatically for every new account, with all findings in one account. It "
        "designated a security account as the Inspector administrator in us-east-1, but "
        "designating a different account in eu-west-1 fails. GuardDuty and Macie use other "
        "administrator accounts. What should the team do?",
        INSPECTOR,
    ),
    (
        "A company's Macie delegated administrator enabled Macie for all member accounts in "
        "us-east-1. Buckets that the same accounts keep in ap-south-1 never appear in Macie's "
        "bucket inventory or findings. GuardDuty S3 Protection and Amazon Inspector run in both "
        "Regions. What should the team do?",
        MACIE,
    ),
    (
        "A company uses AWS Firewall Manager to apply AWS Shield Advanced across 60 accounts. "
        "CloudFront distributions, Application Load Balancers and Elastic IP addresses are "
        "protected automatically, but the company's AWS Global Accelerator accelerators are not. "
        "AWS WAF policies work as expected. What explains this, and what should the team do?",
        FIREWALL_MANAGER,
    ),
    (
        "Put these steps in order to serve a REST API at api.example.com through an edge-optimized "
        "custom domain name: map the custom domain to an API stage, request and validate an ACM "
        "certificate in us-east-1, create a Route 53 alias record for the CloudFront domain name, "
        "create the custom domain name in API Gateway.",
        API_GATEWAY_ACM,
    ),
    (
        "Match each requirement with Amazon GuardDuty, Amazon Inspector or Amazon Macie: alert "
        "when a Lambda function talks to a crypto mining pool, report a vulnerable library in a "
        "Lambda layer, find driver's license numbers in S3 objects, and flag a bucket whose block "
        "public access settings were turned off.",
        THREAT_DETECTION,
    ),
    ("sse-c replication into a bucket created after april 2026", S3_REPLICATION),
    ("edge-optimized custom domain cloudfront distribution owned by api gateway", API_GATEWAY_ACM),
    ("secrets manager replica secret kms key in each region", SECRETS),
    ("macie automated discovery with custom identifiers and allow lists", MACIE),
    ("inspector vs ecr basic scanning", INSPECTOR),
    ("cloudtrail logs every kms request for sse-kms objects but not for sse-s3", SERVER_SIDE),
    ("encrypt dynamodb items on the client before writing them", CLIENT_SIDE),
    ("guardduty eks protection kubernetes audit logs", GUARDDUTY),
    ("where did the menu go on mobile", HOME),
    ("can i paste a whole exam question into the search box", HOME),
    ("what does the palette button in the header do", HOME),
    ("whats on the cheat sheet, only the exam tips?", CHEAT_SHEET),
    ("questions in the exam's four item types", PRACTICE),
    ("what share of saa-c03 is the design secure architectures domain", EXAM_MAP),
    ("glossary definition of sigv4", GLOSSARY),
    # Twenty-ninth later batch: written before the ranking was looked at.
    ("SIGN_VERIFY", KMS),
    ("kms:ListKeys from another account", KMS),
    ("ReplicationSourceIdentifier", STORAGE),
    ("aws/dynamodb", STORAGE),
    ("Custom Detection Rules", GUARDDUTY),
    ("Enhanced EC2 Scanning", INSPECTOR),
    ("GitLab Self Managed", INSPECTOR),
    ("rds-ca-ecc384-g1", IN_FLIGHT),
    ("DeleteMarkerReplication", S3_REPLICATION),
    ("x-amz-server-side-encryption: AES256", SERVER_SIDE),
    ("Fortinet FortiGate Cloud-Native Firewall", FIREWALL_MANAGER),
    ("fms:PutPolicy", FIREWALL_MANAGER),
    ("Google Cloud API keys", MACIE),
    ("maximum match distance", MACIE),
    ("NoChangeNotification", SECRETS),
    ("AWSPREVIOUS", SECRETS),
    ("--launch-permission", AMIS),
    ("TLS_1_0", API_GATEWAY_ACM),
    ("CiphertextBlob", CLIENT_SIDE),
    ("can i change the key spec of a kms key after i create it", KMS),
    ("how many hsms does a cloudhsm cluster need before kms can create keys in it", KMS),
    ("can i just rsync the data from an unencrypted ebs volume to an encrypted one", STORAGE),
    (
        "can the other account restore a shared aurora cluster snapshot without copying it first",
        STORAGE,
    ),
    (
        "how often does guardduty send repeat findings to eventbridge, can i make it faster",
        GUARDDUTY,
    ),
    (
        "guardduty isnt seeing dns queries from instances that use our own dns server, why",
        GUARDDUTY,
    ),
    ("why did inspector reopen a finding that closed a few days ago", INSPECTOR),
    ("does s3 support tls 1.3 over privatelink and multi region access points", IN_FLIGHT),
    ("do exportable acm certificates cost money evry time they renew", IN_FLIGHT),
    (
        "i saved a replication rule with a wrong kms key and got 200 ok, why no error",
        S3_REPLICATION,
    ),
    ("do lifecycle expirations on the source bucket get replicated too", S3_REPLICATION),
    ("does UpdateObjectEncryption change the etag or last modified date", SERVER_SIDE),
    (
        "why does a multipart upload with sse-kms need kms:Decrypt and not just GenerateDataKey",
        SERVER_SIDE,
    ),
    (
        "what happens to the firewall manager policies if we revoke the admin account",
        FIREWALL_MANAGER,
    ),
    ("whats the default severity of findings from a macie custom data identifier", MACIE),
    ("how many secrets can the lambda extension cache and for how long", SECRETS),
    ("does the ami owner pay when other accounts launch instances from a shared ami", AMIS),
    (
        "if my api and its custom domain have different tls policies wich one is used",
        API_GATEWAY_ACM,
    ),
    (
        "if s3 already applies sse-s3 is my client side encrypted object encrypted twice",
        CLIENT_SIDE,
    ),
    ("which one needs an agent, guardduty inspector or macie", THREAT_DETECTION),
    (
        "A security engineer writes a key policy statement that allows kms:Decrypt only when "
        "ForAllValues:StringEquals matches kms:EncryptionContext:department. AWS KMS rejects the "
        "key policy. IAM Access Analyzer and AWS Config were suggested for troubleshooting. Why "
        "is the policy rejected, and which condition should the engineer write instead?",
        KMS,
    ),
    (
        "An application in account 222233334444 calls Decrypt with the alias name "
        "alias/shared-data of a customer managed key that account 111122223333 owns. The key "
        "policy and the application role's IAM policy both allow kms:Decrypt, yet the call fails. "
        "AWS RAM and AWS Secrets Manager were proposed. What should the developer change?",
        KMS,
    ),
    (
        "A company turned on EBS encryption by default with a customer managed key as the default "
        "key. After a team disabled that key during a clean-up, every EC2 instance launch in the "
        "Region fails. Amazon Inspector and GuardDuty report nothing unusual. What is the cause?",
        STORAGE,
    ),
    (
        "Before restoring EC2 instances from AWS Backup recovery points after a ransomware "
        "incident, a company wants to know whether the EBS snapshots and AMIs in those backups "
        "hold malware. Amazon Inspector and Amazon Macie were suggested. Which service and "
        "feature meet the requirement?",
        GUARDDUTY,
    ),
    (
        "A company runs virtual machines and container images in Microsoft Azure as well as EC2 "
        "instances and ECR images, and wants one AWS service to report known CVEs in all of them. "
        "GuardDuty Runtime Monitoring and AWS Security Hub CSPM were also considered. Which "
        "solution meets the requirement?",
        INSPECTOR,
    ),
    (
        "A website is served only from its d111111abcdef8.cloudfront.net domain name with the "
        "default CloudFront certificate. Auditors require viewers to use TLS 1.2 or later, but "
        "the team cannot choose a newer security policy. AWS WAF and an Application Load Balancer "
        "were suggested. What must the team do?",
        IN_FLIGHT,
    ),
    (
        "Replication from a source bucket to a bucket in another account stopped after the "
        "destination account's team suspended versioning on the destination bucket to save money. "
        "The KMS keys and the replication role are unchanged, and Amazon Macie shows no new "
        "findings. What is the cause?",
        S3_REPLICATION,
    ),
    (
        "A legacy application sends PutObject requests that ask for SSE-KMS over plain HTTP and "
        "signs them with Signature Version 2. The requests fail, although the role allows "
        "kms:GenerateDataKey on the key. AWS Certificate Manager and Amazon Macie were suggested. "
        "What must change in the requests?",
        SERVER_SIDE,
    ),
    (
        "A security team must make sure that its AWS WAF rule groups run before and after any "
        "rules that application teams add to the web ACLs of 50 accounts, including accounts "
        "created later. AWS Shield Advanced and service control policies were suggested. Which "
        "solution meets the requirement?",
        FIREWALL_MANAGER,
    ),
    (
        "A company manages Amazon Macie for 30 accounts through Macie invitations, not AWS "
        "Organizations. A bucket in one of them starts replicating objects to an account outside "
        "those 30. GuardDuty S3 Protection and AWS Config also run. Which Macie finding type "
        "reports this change?",
        MACIE,
    ),
    (
        "A company stores its Salesforce and Snowflake credentials in AWS Secrets Manager and "
        "must rotate them every 30 days without writing or maintaining a Lambda function. "
        "Parameter Store and automatic rotation of the KMS key were suggested. Which solution "
        "meets the requirement?",
        SECRETS,
    ),
    (
        "Account A shares a KMS-encrypted AMI with account B. Account B copies it with CopyImage "
        "under its own KMS key, but the cost allocation tags that account A set on the AMI are "
        "missing from the copy. AWS Config and Tag Editor show no errors. Why?",
        AMIS,
    ),
    (
        "A company wants to turn the public custom domain name of its REST API into a private "
        "custom domain name so that only clients in its VPCs can reach it. AWS Global Accelerator "
        "and a CloudFront distribution were suggested. What should the team know?",
        API_GATEWAY_ACM,
    ),
    (
        "Two partner companies must each be able to decrypt the same encrypted archive with a key "
        "that each of them controls, and the archive must not be stored twice. S3 SSE-KMS and AWS "
        "Secrets Manager were considered. Which approach meets the requirement?",
        CLIENT_SIDE,
    ),
    (
        "A security team wants AWS Security Hub to update or suppress findings automatically for "
        "resources in a sandbox account, while GuardDuty, Inspector and Macie keep detecting "
        "there. Amazon Detective and AWS Config rules were suggested. Which feature meets the "
        "requirement?",
        THREAT_DETECTION,
    ),
    ("s3 and ebs encryption with keys in our own cloudhsm cluster", KMS),
    ("rds snapshot sharing with an option group that has permanent options", STORAGE),
    ("alb https listener to an https target group for end to end encryption", IN_FLIGHT),
    ("replica etag differs when destination default encryption is sse-kms", S3_REPLICATION),
    ("aws/s3 key created automatically on the first sse-kms upload", SERVER_SIDE),
    ("block public access for amis with an organizations declarative policy", AMIS),
    ("guardduty runtime monitoring on ecs container instances needs ssm", GUARDDUTY),
    (
        "what in flight, server-side and client-side encryption each do not protect against",
        DATA_PROTECTION,
    ),
    ("central waf and network firewall policies plus mutual tls for api custom domains", EDGE),
    ("search for a command line option like --sse", HOME),
    ("unzip the offline copy and open index.html", HOME),
    ("does the cheat sheet include the keywords from every exam tip", CHEAT_SHEET),
    (
        "in multiple choice is there one right option of four, and does multiple response say how "
        "many",
        PRACTICE,
    ),
    ("when did scs-c03 replace scs-c02", EXAM_MAP),
    ("where to study s3 object lock and aws backup for the data protection domain", EXAM_MAP),
    ("what are fips 203 and fips 204", GLOSSARY),
    # Thirtieth later batch: written before the ranking was looked at.
    ("kms:ScheduleKeyDeletionPendingWindowInDays", KMS),
    ("RetireGrant vs RevokeGrant", KMS),
    ("TLSv1.3_2025", IN_FLIGHT),
    ("x-amz-server-side-encryption-customer headers", SERVER_SIDE),
    ("aws:s3:arn encryption context", SERVER_SIDE),
    ("DisassociateKmsKeyId", STORAGE),
    ("amazon-efs-utils", STORAGE),
    ("bucket-owner-full-control", S3_REPLICATION),
    ("kms:EncryptionContext:aws:s3:arn replication role", S3_REPLICATION),
    ("Edit AMI permissions", AMIS),
    ("CreateSecret naming the primary secret arn", SECRETS),
    ("/prod/db/password:3", SECRETS),
    ("Persistence:IAM/AccountManipulation", GUARDDUTY),
    ("ThreatPurpose:ResourceTypeAffected/ThreatFamilyName.DetectionMechanism!Artifact", GUARDDUTY),
    ("ignore words", MACIE),
    ("403 Forbidden when calling the execute-api url", API_GATEWAY_ACM),
    ("external key store proxy unreachable", KMS),
    ("acm acme endpoint external account binding", IN_FLIGHT),
    ("cert-manager on kubernetes with publicly trusted acm certificates", IN_FLIGHT),
    ("s3 encryption client with a wrapping key we manage ourselves", CLIENT_SIDE),
    ("efs nfs port 2049 over tls", STORAGE),
    ("replication failure event when an object misses the 15 minute rtc threshold", S3_REPLICATION),
    ("ec2:RunInstances and kms permissions for the launching role in account b", AMIS),
    ("secrets manager superuser secret for alternating users rotation", SECRETS),
    ("eks hybrid nodes runtime monitoring", GUARDDUTY),
    ("inspector jenkins and github actions integration", INSPECTOR),
    ("inspector 10,000 member accounts", INSPECTOR),
    ("inspector score uses vendor cvss for debian and red hat", INSPECTOR),
    ("inspector scan api in a build step", INSPECTOR),
    ("macie http basic authorization headers", MACIE),
    ("suricata compatible rules in every vpc", FIREWALL_MANAGER),
    ("third-party firewall policy aws marketplace subscription", FIREWALL_MANAGER),
    ("route 53 alias record to the api gateway cloudfront domain name", API_GATEWAY_ACM),
    (
        "permission to update cloudfront distributions to create an edge-optimized custom domain",
        API_GATEWAY_ACM,
    ),
    ("does :root in a key policy mean only the root user", KMS),
    ("in tls 1.3 is the server certificate sent encrypted", IN_FLIGHT),
    ("i sent an sse-c key over http by mistake, do i need a new key", SERVER_SIDE),
    ("if i lose the wrapping key can aws recover my client side encrypted data", CLIENT_SIDE),
    ("why not send the whole file to kms encrypt instead of using a data key", CLIENT_SIDE),
    ("can the account i share an ami with deregister or modify it", AMIS),
    ("can i switch off the dns logs source in guardduty", GUARDDUTY),
    ("does macie tell me where in the file it found the passport number", MACIE),
    (
        "is the firewall manager default admin also the organizations delegated admin",
        FIREWALL_MANAGER,
    ),
    (
        "my acm certificate on an api gateway custom domain uses email validation, will it renew "
        "by itself",
        API_GATEWAY_ACM,
    ),
    ("aws examples of each kind of encryption: acm, sse-kms, encryption sdk", DATA_PROTECTION),
    ("should i encrypt on the network, in the storage service or in my app", DATA_PROTECTION),
    ("nist sp 800-53 controls in security hub cspm", THREAT_DETECTION),
    ("cis aws foundations benchmark controls", THREAT_DETECTION),
    ("flashcards for the edge and governance pages", EDGE),
    ("intro page before firewall manager and api gateway acm", EDGE),
    ("does each page link to the official aws documentation", HOME),
    ("what is the at a glance box at the top of each page", HOME),
    ("task statement 3.1 network edge services", EXAM_MAP),
    ("where to study aws verified access and network access analyzer", EXAM_MAP),
    ("what are sm2 and sm4", GLOSSARY),
    ("what does jce mean", GLOSSARY),
    ("cram sheet to print before the security specialty exam", CHEAT_SHEET),
    ("is the cheat sheet built from the topic pages or written separately", CHEAT_SHEET),
    ("flashcards made from the practice questions", PRACTICE),
    ("practice questions for domain 6 security foundations and governance", PRACTICE),
    (
        "A security team scheduled deletion of a customer managed KMS key with a 30-day waiting "
        "period because it believes the key is unused. It wants to be alerted if any application "
        "tries to use the key before it is deleted, so that it can cancel the deletion. AWS Config "
        "and Amazon GuardDuty were suggested. Which solution meets this requirement?",
        KMS,
    ),
    (
        "A company exported an ACM public certificate with export enabled and installed it on web "
        "servers in its data center. ACM renewed the certificate last month, but browsers now warn "
        "that the servers' certificate has expired. AWS Private Certificate Authority and "
        "CloudFront were suggested. What should the team do?",
        IN_FLIGHT,
    ),
    (
        "A bucket's default encryption is SSE-KMS with a customer managed key, and its bucket "
        "policy denies s3:PutObject when s3:x-amz-server-side-encryption is StringNotEquals "
        "aws:kms. Uploads from a tool that sends no encryption header are now denied, although "
        "the bucket default would have encrypted them with SSE-KMS. Amazon Macie and AWS Config "
        "were suggested. Why are the uploads denied?",
        SERVER_SIDE,
    ),
    (
        "A messaging platform encrypts millions of messages a day under one KMS key. The security "
        "team wants the exposure of any single key used on the data to reveal only one message, "
        "and does not want message bodies sent to AWS KMS. S3 Bucket Keys and Amazon Macie were "
        "suggested. Which approach meets these requirements?",
        CLIENT_SIDE,
    ),
    (
        "An auditor asks whether data travelling between EC2 instances and their encrypted EBS "
        "volumes crosses the network in plaintext, and whether the company must add TLS or an "
        "agent. The volumes use a customer managed KMS key, and AWS Certificate Manager was "
        "suggested. What should the security engineer answer?",
        STORAGE,
    ),
    (
        "A replication role's policy allows kms:Encrypt on the destination key in eu-west-1 only "
        "when kms:ViaService equals s3.us-east-1.amazonaws.com, copied from the statement for the "
        "source key. Replication of SSE-KMS objects from us-east-1 now fails with KMS access "
        "errors, and Service Quotas shows no throttling. What should the engineer change?",
        S3_REPLICATION,
    ),
    (
        "Account A shared an encrypted AMI with account B in us-east-1, together with its customer "
        "managed KMS key. Account B's team cannot find the AMI when it launches instances in "
        "eu-west-1. Service control policies and AWS RAM were suggested. What should account A "
        "do?",
        AMIS,
    ),
    (
        "A Lambda function reads a SecureString parameter that is encrypted with a customer "
        "managed KMS key. Its execution role allows ssm:GetParameter on the parameter, but reading "
        "the decrypted value fails with an access error. Secrets Manager rotation and a VPC "
        "endpoint were suggested. What is missing?",
        SECRETS,
    ),
    (
        "A security team associated a GuardDuty Custom Detection Rule for AMI sharing with its "
        "production accounts in dry run mode to test it. Three weeks later the rule's CloudWatch "
        "metrics have stopped and no finding was ever raised when AMIs were shared. AWS Config and "
        "Amazon Inspector were suggested. What explains this, and what should the team do?",
        GUARDDUTY,
    ),
    (
        "Amazon Inspector scans Linux EC2 instances through the SSM Agent. Findings cover "
        "operating system packages, but vulnerable Python libraries installed with pip are never "
        "reported. The team may run agents but does not want agentless EBS snapshots. GuardDuty "
        "Runtime Monitoring was suggested. What should the team do?",
        INSPECTOR,
    ),
    (
        "A company wants Amazon Macie to analyze in full, every week, only the .csv and .json "
        "objects under 50 MB that changed since the last run in three named buckets. Automated "
        "sensitive data discovery already runs with default settings, and GuardDuty S3 Protection "
        "was suggested. Which Macie feature meets the requirement?",
        MACIE,
    ),
    (
        "An AWS Firewall Manager AWS WAF policy protects Application Load Balancers in us-east-1 "
        "across all accounts. The team created the same policy in ap-southeast-2 for new load "
        "balancers there, but Firewall Manager neither protects them nor reports them as "
        "non-compliant. Organizations has all features enabled, and GuardDuty was suggested. What "
        "is the most likely cause?",
        FIREWALL_MANAGER,
    ),
    # Thirty-first later batch: written before the ranking was looked at.
    ("GetKeyRotationStatus", KMS),
    ("AWSKeyManagementServicePowerUser", KMS),
    ("ForAnyValue with kms:EncryptionContext single-valued key", KMS),
    ("are cloudhsm crypto users the same as iam users", KMS),
    ("does GenerateMac share the same request quota as encrypt and decrpyt", KMS),
    ("psql default sslmode prefer skips certificate check", IN_FLIGHT),
    ("require tls 1.3 in the s3 bucket policy and privatelink clients fail", IN_FLIGHT),
    ("load balancer listener created from cli gets old security policy", IN_FLIGHT),
    ("does an unencrypted rds instance still accept tls connections", IN_FLIGHT),
    ("PutBucketEncryption BlockedEncryptionTypes", SERVER_SIDE),
    ("can UpdateObjectEncryption move dsse-kms objects to another key", SERVER_SIDE),
    ("is sse-s3 key rotation something i have to do", SERVER_SIDE),
    ("can i set a bucket default encryption to none anymore", SERVER_SIDE),
    ("multi-keyring generator key", CLIENT_SIDE),
    ("encryption context department finance decrypt fails", CLIENT_SIDE),
    ("is kms encrypt ok for a 3 kb api token or do i need envelope encryption", CLIENT_SIDE),
    ("does the aws encryption sdk store the encryption context in the message", CLIENT_SIDE),
    ("ModifyDBSnapshotAttribute restore attribute", STORAGE),
    ("DisableEbsEncryptionByDefault", STORAGE),
    ("do old dynamodb on-demand backups still need the previous kms key", STORAGE),
    ("can an encrypted rds instance have an unencrypted read replica", STORAGE),
    ("s3:ReplicateTags", S3_REPLICATION),
    ("s3:GetReplicationConfiguration", S3_REPLICATION),
    ("who owns the replicas in the other account by default", S3_REPLICATION),
    ("does replication copy my bucket lifecycle rules to the destination", S3_REPLICATION),
    ("scp deny ec2:ModifyImageAttribute to stop public amis", AMIS),
    ("ebs snapshot block public access vs ami block public access", AMIS),
    ("share the ami kms key with a grant instead of the key policy", AMIS),
    ("secrets manager shortest rotation schedule 4 hours", SECRETS),
    ("single user rotation brief mismatch clients retry", SECRETS),
    ("is secrets manager only for rds passwords or can it store api keys", SECRETS),
    ("secret bigger than 8 kb parameter store or secrets manager", SECRETS),
    ("does guardduty rds protection look at what's in my tables", GUARDDUTY),
    ("automated agent configuration for EC2 needs SSM", GUARDDUTY),
    ("does guardduty runtime monitoring work on ecs managed instances", GUARDDUTY),
    ("guardduty attack sequence 24 hour window", GUARDDUTY),
    ("inspecter stopped reporting findings for an old ecr image", INSPECTOR),
    ("does inspector scan azure vms", INSPECTOR),
    ("inspector findings closed when i patch", INSPECTOR),
    ("macie recommended managed identifiers automated discovery default", MACIE),
    ("does macie cover directory buckets or only general purpose", MACIE),
    ("macie job daily weekly monthly schedule", MACIE),
    ("find aws secret access keys and private keys committed to s3 files", MACIE),
    (
        "why does firewall manager only report non-compliant resources instead of fixing them",
        FIREWALL_MANAGER,
    ),
    ("security group policy remove redundant groups all accounts", FIREWALL_MANAGER),
    ("can the default firewall manager administrator add another administrator", FIREWALL_MANAGER),
    ("enhanced tls policy custom domain http api mapping", API_GATEWAY_ACM),
    ("edge-optimized custom domain still not working right after creating it", API_GATEWAY_ACM),
    ("http api custom domain certificate region", API_GATEWAY_ACM),
    ("reverse shell in a container vs vulnerable lambda layer which service", THREAT_DETECTION),
    ("bucket made public macie or guardduty or security hub", THREAT_DETECTION),
    ("what happens if i lose the key with client side vs server side encryption", DATA_PROTECTION),
    ("does the site say where aws changed things since older courses", HOME),
    ("where to study amazon detective root cause analysis", EXAM_MAP),
    ("task statement 3.2 compute workloads", EXAM_MAP),
    ("what does XKS stand for", GLOSSARY),
    ("does the cheat sheet have the practice questions too", CHEAT_SHEET),
    ("how do i know how many options to pick in a multiple response question", PRACTICE),
    (
        "A company imported its own key material into a symmetric KMS key and set an expiration "
        "date on the import. After the date passed, every Decrypt call failed and the key shows "
        "the PendingImport state. AWS CloudHSM and an external key store were also considered. "
        "What should the company do to read its existing ciphertext again?",
        KMS,
    ),
    (
        "A company runs web servers on EC2 instances and on premises with no load balancer in "
        "front. It needs publicly trusted certificates from AWS Certificate Manager that renew on "
        "their own, and the private keys must never leave the servers. Importing certificates into "
        "ACM and AWS Private CA were also considered. Which solution meets these requirements?",
        IN_FLIGHT,
    ),
    (
        "A company shares reports from an S3 bucket whose default encryption is SSE-KMS with the "
        "AWS managed key aws/s3. A partner account's role is allowed s3:GetObject by the bucket "
        "policy, but every download fails with AccessDenied from KMS. S3 Block Public Access and "
        "S3 Object Ownership were also checked. What should the company do?",
        SERVER_SIDE,
    ),
    (
        "A company must encrypt an unencrypted 2 TB EBS data volume with a customer managed KMS "
        "key. The team does not want to manage snapshots and wants a crash-consistent copy in the "
        "same Availability Zone that it can swap in during a short maintenance window. "
        "ModifyVolume and KMS ReEncrypt were also considered. Which solution meets these "
        "requirements?",
        STORAGE,
    ),
    (
        "A company relies on S3 replication to a bucket in a second account as protection against "
        "ransomware. In a test, an engineer permanently deletes an object version in the source "
        "bucket with a versioned DELETE request, and the version still exists in the destination. "
        "S3 Object Lock and AWS Backup were also considered. Is replication working as designed?",
        S3_REPLICATION,
    ),
    (
        "Account A shares an encrypted AMI and its customer managed KMS key with account B. The "
        "security team wants account B to launch instances from the AMI but never to create grants "
        "on the key for principals of its own choosing. Key rotation and a service control policy "
        "in account A were also considered. Which condition should the key policy statement "
        "include?",
        AMIS,
    ),
    (
        "A company runs an Amazon DocumentDB cluster and an Amazon Redshift cluster. Auditors "
        "require that both admin passwords rotate automatically, and the team does not want to "
        "write or maintain rotation code. Parameter Store and automatic KMS key rotation were also "
        "considered. Which solution meets these requirements?",
        SECRETS,
    ),
    (
        "A security team wants GuardDuty to raise a finding when anyone deletes VPC Flow Logs in "
        "its production accounts, but the same action is routine in sandbox accounts. Before "
        "turning on findings, the team wants two weeks of match counts only. AWS Config rules and "
        "CloudWatch metric filters were also considered. What should the team do?",
        GUARDDUTY,
    ),
    (
        "A company set a scan-on-push filter for its ECR repositories in Amazon Inspector enhanced "
        "scanning. A month later a critical CVE is published for a library in an image pushed two "
        "weeks earlier, and no finding appears for that image. GuardDuty Runtime Monitoring and "
        "ECR basic scanning were also considered. What explains this?",
        INSPECTOR,
    ),
    (
        "Amazon Macie raises a Policy:IAMUser/S3BucketEncryptionDisabled finding for a bucket "
        "whose default encryption was SSE-KMS. A manager concludes that new objects in the bucket "
        "are now stored unencrypted. AWS Config and Security Hub show no other findings. Is the "
        "manager right, and what changed?",
        MACIE,
    ),
    (
        "A company's AWS Firewall Manager AWS WAF policy must cover every account in the "
        "organization except those in the Sandbox OU, and must skip Application Load Balancers "
        "tagged waf-exempt=true. Service control policies and AWS Config rules were also "
        "considered. How should the policy be configured?",
        FIREWALL_MANAGER,
    ),
    (
        "A company's Regional REST API custom domain name uses mutual TLS with a truststore in "
        "Amazon S3. A new rule requires TLS 1.3 only, but setting SecurityPolicy_TLS13_1_3_2025_09 "
        "on the domain name fails. CloudFront and an Application Load Balancer were also "
        "considered. What is the cause?",
        API_GATEWAY_ACM,
    ),
    # Thirty-second later batch: written before the ranking was looked at.
    ("kms:EncryptionContextKeys", KMS),
    ("ListGrants", KMS),
    ("ModifyDBClusterSnapshotAttribute", STORAGE),
    ("CreateVolume Encrypted KmsKeyId from an unencrypted snapshot", STORAGE),
    ("disableExecuteApiEndpoint", API_GATEWAY_ACM),
    ("inspector classic end of support 20 May 2026", INSPECTOR),
    ("rds-ca-rsa4096-g1", IN_FLIGHT),
    ("kms:DescribeKey kms:CreateGrant for launching a shared ami", AMIS),
    ("CryptoCurrency: prefix event pattern", GUARDDUTY),
    ("AWSCURRENT AWSPREVIOUS AWSPENDING staging labels", SECRETS),
    ("Firewall Manager administrative scope", FIREWALL_MANAGER),
    ("SensitiveData:S3Object/Personal EventBridge rule", MACIE),
    ("s3:GetObjectVersionAcl s3:GetObjectVersionTagging", S3_REPLICATION),
    ("x-amz-server-side-encryption header overrides the bucket default", SERVER_SIDE),
    ("asymmetric kms key download the public key to verify outside aws", KMS),
    ("can i have encrypted and unencrypted volumes on the same instance", STORAGE),
    ("how fast does s3 replication copy a new object without rtc", S3_REPLICATION),
    ("shared my ami in us-east-1 but the other account cant find it in eu-west-1", AMIS),
    ("does macie read every single object in every bucket each day", MACIE),
    ("is https just http sent inside tls", IN_FLIGHT),
    (
        "can the org management account be the firewall manager default admin or must it be a "
        "member account",
        FIREWALL_MANAGER,
    ),
    ("how long until my edge optimized custom domain works after creating it", API_GATEWAY_ACM),
    ("malware on an ebs volume: guardduty, inspector or macie?", THREAT_DETECTION),
    ("why do the tls session keys never get sent over the network", IN_FLIGHT),
    ("can the lambda secrets extension also read parameter store parameters", SECRETS),
    ("why is envelope encryption faster than sending the whole file to kms", CLIENT_SIDE),
    ("does inspector rescan when new software gets installed on the instance", INSPECTOR),
    ("is guardduty extended threat detection an extra charge", GUARDDUTY),
    ("can a kms grant take away permissions or only add them", KMS),
    ("is dsse-kms more expensive than plain sse-kms", SERVER_SIDE),
    (
        "A company must sign firmware images with a post-quantum digital signature algorithm. The "
        "private key must stay inside AWS, and devices must verify the signatures offline with "
        "the public key. Secrets Manager and CloudHSM are being considered. Which solution meets "
        "these requirements with the LEAST operational overhead?",
        KMS,
    ),
    (
        "A company issues session tokens and must make them tamper-evident. A Lambda function "
        "creates each token and later verifies it, the key must never leave AWS unencrypted, and "
        "nothing needs to be encrypted or verified outside AWS. Which type of KMS key meets these "
        "requirements?",
        KMS,
    ),
    (
        "A legacy on-premises application calls the AWS KMS and Amazon S3 APIs through an old "
        "HTTP library that supports only TLS 1.0 and TLS 1.1, and its calls now fail. The data it "
        "writes is already encrypted with SSE-KMS under a customer managed key. What must the "
        "company do?",
        IN_FLIGHT,
    ),
    (
        "An audit of a bucket created in 2019 finds objects that have no server-side encryption, "
        "although default encryption was switched to SSE-KMS last year. An S3 Batch Operations "
        "job that runs UpdateObjectEncryption fails for exactly these objects. Replication is not "
        "used. How can the team encrypt them?",
        SERVER_SIDE,
    ),
    (
        "A producer application encrypts files with the Amazon S3 Encryption Client under a "
        "customer managed KMS key and uploads them. A separate consumer application downloads and "
        "decrypts the files. S3 Bucket Keys are enabled on the bucket. Following least privilege, "
        "which KMS permission does each application's role need?",
        CLIENT_SIDE,
    ),
    (
        "A security team must move an encrypted EBS data volume from the AWS managed key aws/ebs "
        "to a customer managed key so that it controls the key policy. GuardDuty Malware "
        "Protection scans the volume every week. Which solution meets this requirement?",
        STORAGE,
    ),
    (
        "A company uses Same-Region Replication to copy objects from an application bucket, where "
        "every object is encrypted with SSE-S3, into an archive bucket whose default encryption "
        "is SSE-KMS with a customer managed key. Auditors find that the replicas are still "
        "encrypted with SSE-S3. Macie shows no policy findings. Why?",
        S3_REPLICATION,
    ),
    (
        "Account A shares an encrypted AMI and its customer managed KMS key with account B. "
        "Account B's security team worries that its launches will break if account A ever changes "
        "the key policy or the key is compromised. Which action should account B take?",
        AMIS,
    ),
    (
        "A company must give two partner AWS accounts their own replica of one AWS Secrets "
        "Manager secret in the same Region, each encrypted with a KMS key that the partner owns. "
        "Parameter Store advanced-tier sharing was rejected. What limitation will the company run "
        "into?",
        SECRETS,
    ),
    (
        "A company wants Amazon GuardDuty to stop raising findings for traffic to and from the IP "
        "addresses of its own on-premises data centers while keeping every other finding. It has "
        "20 accounts with a delegated GuardDuty administrator, and Macie and Inspector are "
        "enabled too. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "Developers write AWS Lambda functions in Python. The security team must detect injection "
        "flaws, data leaks and weak cryptography in the function code itself, as well as "
        "vulnerable third-party packages. GuardDuty Lambda Protection is already enabled. Which "
        "solution meets these requirements?",
        INSPECTOR,
    ),
    (
        "A Macie sensitive data discovery job keeps reporting test files in a staging prefix that "
        "contain fake credit card numbers. The security team wants these findings archived "
        "automatically and kept out of EventBridge and Security Hub, without changing the job or "
        "using GuardDuty. What should the team do?",
        MACIE,
    ),
    (
        "On-premises clients reach a private REST API over AWS Direct Connect through a VPC. "
        "Auditors want the clients to call the API by the company's own hostname with a TLS "
        "certificate, and the traffic must never cross the public internet. Edge-optimized "
        "endpoints and CloudFront were rejected. Which solution meets these requirements?",
        API_GATEWAY_ACM,
    ),
    (
        "A security architect must explain to auditors which encryption approach protects against "
        "each threat: an eavesdropper on a hotel Wi-Fi network, a person who steals storage disks "
        "from a data center, and storage service operators reading stored objects. The options "
        "are TLS in flight, server-side encryption at rest and client-side encryption. Which "
        "approach matches each threat?",
        DATA_PROTECTION,
    ),
    ("guardduty lambda protection mining pool network activity", GUARDDUTY),
    ("inspector network reachability through a peering connection", INSPECTOR),
    ("macie automated discovery exclude accounts and member buckets", MACIE),
    ("api gateway truststore with a private certificate authority", API_GATEWAY_ACM),
    ("re-encrypt volumes with my own kms key when launching a shared ami", AMIS),
    ("sse-kms encryption context condition for one folder prefix", SERVER_SIDE),
    ("tls on the wire plus server-side plus client-side encryption as layers", DATA_PROTECTION),
    (
        "firewall manager security group policy common groups for new ec2 instances",
        FIREWALL_MANAGER,
    ),
    ("dynamodb on-demand backup restore with a different key type", STORAGE),
    ("if someone has full s3 access can they read my client side encrypted objects", CLIENT_SIDE),
    (
        "summary of firewall manager prerequisites and which region the api certificate goes in",
        EDGE,
    ),
    ("can two regions have a parameter store parameter with the same name", SECRETS),
    ("regional custom domain route 53 alias to the regional domain name", API_GATEWAY_ACM),
    ("does macie change a bucket policy by itself when it finds a public bucket", MACIE),
    ("nlb tls listener with an acm certificate still decrypts at the load balancer", IN_FLIGHT),
    ("task statement 4.2 authorization strategies which pages help", EXAM_MAP),
    ("what does pci dss stand for", GLOSSARY),
    ("mtls abbreviation", GLOSSARY),
    ("what is phi short for", GLOSSARY),
    ("iops meaning", GLOSSARY),
    ("task statement 2.1 design and test an incident response plan", EXAM_MAP),
    ("where to study aws config conformance packs and audit manager", EXAM_MAP),
    ("where to study bedrock guardrails for the exam", EXAM_MAP),
    ("read the whole site on a plane without wifi", HOME),
    ("how do i reveal the answer after picking an option in a practice question", PRACTICE),
    ("how many practice questions of each item type does each topic have", PRACTICE),
    ("condensed notes to print for scs-c03 revision", CHEAT_SHEET),
    # Thirty-third later batch: written before the ranking was looked at.
    ("aws:kms:dsse", SERVER_SIDE),
    ("multi-keyring", CLIENT_SIDE),
    ("aws/elasticfilesystem", STORAGE),
    ("attack sequence finding", GUARDDUTY),
    ("why does my iam policy with kms decrypt still get access denied", KMS),
    ("how long till a kms key scheduled for deletion is actualy gone", KMS),
    ("can i turn an existing single region kms key into a multi region one", KMS),
    ("when would i pick cloudhsm instead of kms", KMS),
    ("does s3 still accept plain http requests", IN_FLIGHT),
    ("nlb pass through tls so the load balancer never decrypts", IN_FLIGHT),
    ("does turning on default encryption encrypt the objects already in the bucket", SERVER_SIDE),
    ("why cant kms encrypt my 10mb file", CLIENT_SIDE),
    ("is it ok to store the encrypted data key right next to the ciphertext", CLIENT_SIDE),
    ("how do i encrpyt an existing unencrypted ebs volume", STORAGE),
    ("can you switch off dynamodb encryption at rest", STORAGE),
    ("aurora snapshot copy with kms key returns an error", STORAGE),
    ("sse-kms objects not replicating but sse-s3 ones do", S3_REPLICATION),
    ("shared ami shows up but launching fails with kms error", AMIS),
    ("can i make an encrypted ami public", AMIS),
    ("best way to give a lambda function the db password", SECRETS),
    ("do i need to turn on vpc flow logs for guardduty to work", GUARDDUTY),
    ("guardduty didnt alert when someone mass deleted s3 objects", GUARDDUTY),
    ("can inspector scan ec2 instances that have no ssm agent", INSPECTOR),
    ("macie custom identifier not finding our customer numbers", MACIE),
    ("why are macie sensitive data findings missing from security hub", MACIE),
    ("does firewall manager need aws config turned on", FIREWALL_MANAGER),
    ("who can create a scoped firewall manager administrator", FIREWALL_MANAGER),
    ("which region does the acm cert go in for an edge optimized api", API_GATEWAY_ACM),
    ("how do i point a regional custom domain at api gateway in route 53", API_GATEWAY_ACM),
    ("whats the difference between guardduty inspector and macie", THREAT_DETECTION),
    ("in transit vs at rest vs client side encryption who holds the keys", DATA_PROTECTION),
    ("which exam topics do these notes not cover yet", EXAM_MAP),
    ("what does the edge and governance section cover", EDGE),
    ("firewall governance for the whole org and tls certificates for custom domains", EDGE),
    (
        "A security team scheduled deletion of a customer managed KMS key by mistake. "
        "The key still protects production data and the waiting period has not ended. "
        "What must the team do so that applications can use the key again?",
        KMS,
    ),
    (
        "A company needs key material kept in single-tenant HSMs that it controls, while Amazon S3 "
        "and Amazon EBS keep encrypting through AWS KMS. Which option should the security engineer "
        "choose: an external key store, imported key material, or an AWS CloudHSM key store?",
        KMS,
    ),
    (
        "A company created an Application Load Balancer HTTPS listener with AWS CloudFormation "
        "and no security policy. A scan shows the listener still negotiates TLS 1.0. What should "
        "the security engineer change?",
        IN_FLIGHT,
    ),
    (
        "A compliance rule requires two independent layers of encryption for objects at rest in "
        "Amazon S3, and Amazon S3 must perform the encryption. Which option meets the "
        "requirement: SSE-KMS with an S3 Bucket Key, DSSE-KMS, or the Amazon S3 Encryption Client?",
        SERVER_SIDE,
    ),
    (
        "A bucket policy must reject every PutObject request that does not ask for SSE-KMS, "
        "including uploads that omit the encryption header. Which condition should the deny "
        "statement use?",
        SERVER_SIDE,
    ),
    (
        "A company shared a manual Amazon RDS snapshot encrypted with a customer managed key with "
        "a partner account. The partner cannot restore a DB instance from the shared snapshot. "
        "What should the partner account do?",
        STORAGE,
    ),
    (
        "After S3 Bucket Keys were enabled, cross-Region replication of SSE-KMS objects fails "
        "with KMS access errors. The replication role already has kms:Encrypt on the destination "
        "key. Which permission is most likely missing?",
        S3_REPLICATION,
    ),
    (
        "A company must replicate 99.99% of new S3 objects to another Region within 15 minutes, "
        "backed by a service-level agreement. Which feature should be enabled: S3 Batch "
        "Replication, S3 Replication Time Control, or replica modification sync?",
        S3_REPLICATION,
    ),
    (
        "Account B launches EC2 instances from an encrypted AMI that account A shares. Account B "
        "wants its own AMI encrypted with its own KMS key, so that it no longer depends on "
        "account A's key. What must happen?",
        AMIS,
    ),
    (
        "An application in another AWS account must read a database secret stored in AWS Secrets "
        "Manager. The secret is encrypted with the AWS managed key aws/secretsmanager. Which "
        "changes are required in the account that owns the secret?",
        SECRETS,
    ),
    (
        "A company has 30 accounts in AWS Organizations and adds more each quarter. It needs "
        "threat detection in every account, including new ones, and in Regions it does not use. "
        "Which approach meets this with the LEAST operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company runs Amazon ECS tasks on AWS Fargate and must detect crypto miners and reverse "
        "shells inside the running containers. Should it use Amazon Inspector, GuardDuty EKS "
        "Protection, or GuardDuty Runtime Monitoring?",
        GUARDDUTY,
    ),
    (
        "A company wants container images in Amazon ECR to produce new findings when a CVE is "
        "published after the push, without pushing the images again. ECR basic scanning is "
        "currently on. What should the security engineer configure?",
        INSPECTOR,
    ),
    (
        "A security engineer must decide which EC2 vulnerabilities to patch first and wants the "
        "rating to account for whether each instance is reachable from the internet. Which value "
        "in Amazon Inspector findings should the engineer use?",
        INSPECTOR,
    ),
    (
        "A company must learn which of its S3 buckets across 200 accounts probably hold driver's "
        "license and passport numbers, at low cost and without analyzing every object. Which "
        "solution meets this: Amazon Macie, GuardDuty S3 Protection, or Amazon Inspector?",
        MACIE,
    ),
    (
        "A company exposes a REST API to IoT devices that must authenticate with client "
        "certificates signed by its private certificate authority. Which API Gateway "
        "configuration is required?",
        API_GATEWAY_ACM,
    ),
    (
        "A security team wants one place to view findings from GuardDuty, Inspector and Macie "
        "across accounts, together with checks against the CIS AWS Foundations Benchmark. Which "
        "service meets this: Amazon EventBridge, AWS Config, or AWS Security Hub CSPM?",
        THREAT_DETECTION,
    ),
    (
        "An RDS for MySQL database is already encrypted at rest with a KMS key, but auditors "
        "found clients connecting without TLS. The database must refuse those connections. Which "
        "change meets this?",
        IN_FLIGHT,
    ),
    ("sse-c objects replicating into a bucket that blocks sse-c", S3_REPLICATION),
    ("key policy to share an encrypted ebs snapshot with another account", STORAGE),
    ("guardduty suppression rule findings still sent to security hub?", GUARDDUTY),
    ("inspector critical finding eventbridge systems manager patch", INSPECTOR),
    ("macie public bucket finding lambda turn on block public access", MACIE),
    ("acm certificate for cloudfront and for an alb in eu-west-1", IN_FLIGHT),
    ("secrets manager rotation lambda alternating users strategy", SECRETS),
    ("firewall manager waf policy on api gateway stages", FIREWALL_MANAGER),
    ("kms:GrantIsForAWSResource when sharing an ami", AMIS),
    ("saa-c03 design secure architectures which pages help", EXAM_MAP),
    ("list of all abbreviations used in the notes", GLOSSARY),
    ("download the notes as pdf", HOME),
    ("offline copy of the site", HOME),
    ("print cheat sheet on us letter", CHEAT_SHEET),
    ("last minute revision summary night before exam", CHEAT_SHEET),
    ("quiz myself with exam style questions on every topic", PRACTICE),
    ("PendingDeletion key state", KMS),
    ("origin EXTERNAL kms key", KMS),
    ("DisableKey vs ScheduleKeyDeletion", KMS),
    ("ephemeral diffie-hellman", IN_FLIGHT),
    ("redirect http to https", IN_FLIGHT),
    ("rds certificate bundle", IN_FLIGHT),
    ("sse-c vs client-side encryption", SERVER_SIDE),
    ("dsse-kms extra cost", SERVER_SIDE),
    ("erase plaintext data key", CLIENT_SIDE),
    ("kms keyring", CLIENT_SIDE),
    ("dynamodb UpdateTable kms key", STORAGE),
    ("ModifyVolume encryption", STORAGE),
    ("owner override replicas", S3_REPLICATION),
    ("replication EncryptionConfiguration", S3_REPLICATION),
    ("ami launch permission per region", AMIS),
    ("shared ami key deleted", AMIS),
    ("parameter store intelligent-tiering", SECRETS),
    ("unlabelled secret versions", SECRETS),
    ("guardduty finding frequency", GUARDDUTY),
    ("guardduty custom dns resolver", GUARDDUTY),
    ("machine image scanning", INSPECTOR),
    ("code vulnerability findings", INSPECTOR),
    ("national vulnerability database", INSPECTOR),
    ("macie discovery results", MACIE),
    ("macie job scope criteria", MACIE),
    ("centralized vs distributed deployment", FIREWALL_MANAGER),
    ("next generation firewall policy", FIREWALL_MANAGER),
    ("SecurityPolicy_TLS13_2025_EDGE", API_GATEWAY_ACM),
    ("execute-api still reachable", API_GATEWAY_ACM),
    ("what does NIST stand for", GLOSSARY),
    # Thirty-fourth later batch: written before the ranking was looked at.
    ("kms:EncryptionContextKeys require a context", KMS),
    ("CancelKeyDeletion leaves key disabled", KMS),
    ("GenerateRandom quota", KMS),
    ("KMS key agreement", KMS),
    ("ACME endpoint certbot", IN_FLIGHT),
    ("AES256 header value", SERVER_SIDE),
    ("GenerateDataKey Plaintext CiphertextBlob", CLIENT_SIDE),
    ("global tables 2019.11.21", STORAGE),
    ("CopyDBSnapshot KmsKeyId encrypt", STORAGE),
    ("efs-proxy", STORAGE),
    ("SRR SSE-KMS replica key", S3_REPLICATION),
    ("ReEncrypt* launch shared ami", AMIS),
    ("secret versions over 100", SECRETS),
    ("SecureString kms:Decrypt permission", SECRETS),
    ("guardduty low severity 1.0-3.9", GUARDDUTY),
    ("MITRE ATT&CK custom detection", GUARDDUTY),
    ("finding severity EventBridge filter", GUARDDUTY),
    ("InspectorScan action", INSPECTOR),
    ("CVSS 0 informational", INSPECTOR),
    ("ECR last in-use date", INSPECTOR),
    ("Policy:IAMUser/S3BlockPublicAccessDisabled", MACIE),
    ("DNS Firewall VPC association", FIREWALL_MANAGER),
    ("TLS_1_2 legacy policy", API_GATEWAY_ACM),
    ("KEK abbreviation", GLOSSARY),
    ("GCM meaning", GLOSSARY),
    ("how many grants can a single kms key hold", KMS),
    ("whats the shortest automatic rotation period for a kms key", KMS),
    ("psql connects fine but is it actually checking the rds certificate", IN_FLIGHT),
    ("can i raise the min tls version with the default cloudfront.net certificate", IN_FLIGHT),
    ("do i need to reboot mysql after turning on require_secure_transport", IN_FLIGHT),
    ("does the kms key for sse-kms have to be in the same region as the bucket", SERVER_SIDE),
    ("can sse-c be set as a bucket's default encryption", SERVER_SIDE),
    ("why do multipart uploads with sse-kms need kms decrypt", SERVER_SIDE),
    ("where does the s3 encryption client keep the wrapped data key", CLIENT_SIDE),
    ("does the .net encryption sdk support data key caching", CLIENT_SIDE),
    ("does ebs encryption work on previous generation instance types", STORAGE),
    ("can a table restored from a dynamodb backup use a different key type", STORAGE),
    ("what breaks if i disable the customer managed key set as ebs default", STORAGE),
    (
        "will my bucket event notification setup get copied to the destination bucket",
        S3_REPLICATION,
    ),
    ("if bucket a replicates to b and b to c do a's objects end up in c", S3_REPLICATION),
    ("can i suspend versioning on a source bucket that has replication", S3_REPLICATION),
    ("is the ami owner the only one who can share it", AMIS),
    ("does my copied ami still work if the owner deletes their kms key", AMIS),
    ("can another aws account read my parameter store value", SECRETS),
    ("how often are updates to an existing guardduty finding sent to eventbridge", GUARDDUTY),
    ("guardduty sees nothing from dns queries sent to our own resolver", GUARDDUTY),
    ("how often does inspector refresh its cve data", INSPECTOR),
    ("lambda function encrypted with customer managed key not scanned by inspector", INSPECTOR),
    ("how many occurences does a macie sensitive data finding list", MACIE),
    ("do macie findings archived by a suppression rule still go to eventbridge", MACIE),
    (
        "does firewall manager inspect packets itself or just manage other firewalls",
        FIREWALL_MANAGER,
    ),
    ("can a firewall manager shield policy protect global accelerator", FIREWALL_MANAGER),
    ("how long until an edge optimized custom domain is ready", API_GATEWAY_ACM),
    ("can mtls be used with the enhanced SecurityPolicy_ tls policies", API_GATEWAY_ACM),
    ("which encryption protects a stolen disk and which protects sniffed traffic", DATA_PROTECTION),
    ("which detective services let one admin account run them for the whole org", THREAT_DETECTION),
    ("summary table of the firewall manager and api gateway acm pages", EDGE),
    ("edge section: firewall prerequisites plus which region the api cert goes in", EDGE),
    (
        "A team tries to create an AWS CloudHSM key store for AWS KMS, and the request fails. Its "
        "CloudHSM cluster has a single active HSM. Imported key material and an external key "
        "store were also discussed. What does the cluster need before the key store can be "
        "created?",
        KMS,
    ),
    (
        "A company lets developers create customer managed KMS keys in a sandbox account. The "
        "security team wants to stop them from creating multi-Region keys, as AWS recommends. AWS "
        "Config rules and S3 bucket policies were also considered. Which condition key should the "
        "IAM policy test?",
        KMS,
    ),
    (
        "An application uses the AWS Encryption SDK and makes thousands of KMS requests per "
        "second, and some requests now fail with ThrottlingException. Which change reduces the "
        "number of KMS calls without a quota increase?",
        KMS,
    ),
    (
        "Applications connect to Amazon RDS for PostgreSQL over TLS with sslmode=verify-full. The "
        "team wants the database server certificate to rotate automatically in the future instead "
        "of facing another expiry like the one in August 2024. Which action meets this "
        "requirement?",
        IN_FLIGHT,
    ),
    (
        "A company upgrades Amazon RDS for PostgreSQL from version 13 to 16. Developers ask "
        "whether they still need a custom parameter group to refuse non-TLS connections, and how "
        "clients can detect an impostor database server. What should the security engineer tell "
        "them?",
        IN_FLIGHT,
    ),
    (
        "A developer uploads objects with the header x-amz-server-side-encryption set to aws:kms "
        "but names no key, and the bucket's default encryption is still SSE-S3. Later an auditor "
        "finds a KMS key in the account that nobody created. Which key encrypted the objects, and "
        "where did it come from?",
        SERVER_SIDE,
    ),
    (
        "An S3 Batch Operations job runs UpdateObjectEncryption to move a bucket's objects to "
        "SSE-KMS under a new customer managed key. Tasks for objects encrypted with DSSE-KMS and "
        "SSE-C fail. Why, and how should the team change those objects?",
        SERVER_SIDE,
    ),
    (
        "A company encrypts invoices with data keys from a customer managed KMS key. Auditors "
        "want every Decrypt entry in CloudTrail to show which invoice it was for. The invoice "
        "numbers are not sensitive. Which approach meets this requirement?",
        CLIENT_SIDE,
    ),
    (
        "An unencrypted gp3 EBS volume must be encrypted under a customer managed key. The team "
        "wants a crash-consistent copy of the volume in the same Availability Zone without "
        "creating a snapshot first. Elastic Volumes and AWS Backup were suggested. Which solution "
        "meets these requirements?",
        STORAGE,
    ),
    (
        "A company with 40 accounts turned on EBS encryption by default and must prove "
        "continuously that it stays on in every account and Region. AWS Organizations declarative "
        "policies and Amazon Inspector were suggested. Which solution should the company use?",
        STORAGE,
    ),
    (
        "S3 Batch Replication copies objects that were uploaded in 2021 without encryption to a "
        "bucket whose default encryption is SSE-KMS. The copies fail with KMS access errors, and "
        "earlier replicas have a different ETag from their source objects. What explains both "
        "observations?",
        S3_REPLICATION,
    ),
    (
        "A team enabled a replication rule and asks why a 4 GB object written a few minutes later "
        "is not yet in the destination bucket. S3 Batch Replication and S3 Transfer Acceleration "
        "were proposed. How does replication timing work, and which feature gives a predictable "
        "time?",
        S3_REPLICATION,
    ),
    (
        "Account B received an encrypted AMI that account A shared with it. Account B now wants "
        "its subsidiary, account C, to launch the same image. Adding account C to the launch "
        "permission from account B fails. What should account B do?",
        AMIS,
    ),
    (
        "Account B launches instances from an encrypted AMI that account A shares, and names its "
        "own KMS key for the new volumes. Account A now plans to remove account B from the key "
        "policy of key A, since the volumes no longer use it. What will happen to account B's "
        "next launches, and what should account B do first?",
        AMIS,
    ),
    (
        "A company wants an application account to receive a copy of a Secrets Manager secret "
        "from a central account in the same Region, with its own KMS key and lifecycle. What must "
        "both accounts do, and how many such replicas can the secret have?",
        SECRETS,
    ),
    (
        "A developer must store a 6 KB certificate bundle in SSM Parameter Store and wants "
        "Parameter Store to pick the cheapest tier that can hold it. Secrets Manager was also "
        "suggested. Which setting should the developer use, and which tier will the parameter get?",
        SECRETS,
    ),
    (
        "A company wants every file uploaded to one S3 bucket checked for malware but does not "
        "want to turn on GuardDuty itself or its other protection plans. Amazon Macie and Amazon "
        "Inspector were suggested. Which solution meets this requirement, and where will the "
        "results appear?",
        GUARDDUTY,
    ),
    (
        "A company made account 111122223333 its GuardDuty delegated administrator in us-east-1. "
        "It now tries to make a different account the GuardDuty administrator in eu-west-1. What "
        "happens?",
        GUARDDUTY,
    ),
    (
        "A team activated Lambda standard scanning in Amazon Inspector. Functions that were last "
        "deployed and invoked eight months ago do not appear in the scan results. What explains "
        "this?",
        INSPECTOR,
    ),
    (
        "Inspector closed a package vulnerability finding after an EC2 instance was patched, but "
        "three days later a rollback reinstalled the old package. What will Amazon Inspector do?",
        INSPECTOR,
    ),
    (
        "A company uses Amazon Macie. An engineer adds a replication rule that copies a bucket's "
        "objects to a bucket owned by a vendor account outside the organization. Which Macie "
        "finding reports this change?",
        MACIE,
    ),
    (
        "AWS Firewall Manager applies a security group policy in most Regions, but resources of "
        "several member accounts in ap-southeast-2 are never evaluated. Which prerequisite is "
        "most likely missing?",
        FIREWALL_MANAGER,
    ),
    (
        "A team set disableExecuteApiEndpoint on a REST API so that clients must use its mutual "
        "TLS custom domain. An hour later, clients can still call the execute-api URL. Lambda "
        "authorizers and AWS WAF were considered. What did the team miss?",
        API_GATEWAY_ACM,
    ),
    (
        "A CISO wants findings from Amazon GuardDuty, Amazon Inspector and Amazon Macie to open "
        "tickets automatically in every account, and asks which of the three can fix a problem by "
        "itself. What should the security engineer answer?",
        THREAT_DETECTION,
    ),
    (
        "A hospital must protect patient records while they cross the network, while they sit in "
        "Amazon S3, and from anyone at AWS who could read the stored objects. Which combination "
        "of encryption approaches meets all three requirements?",
        DATA_PROTECTION,
    ),
    ("database encryption sdk for dynamodb items", CLIENT_SIDE),
    ("aurora snapshot copy to dr region using a multi region replica key", STORAGE),
    ("inspector network reachability vs guardduty port probe", THREAT_DETECTION),
    ("cloudfront in front of a regional api which region for the cert", API_GATEWAY_ACM),
    ("lambda env var encryption helpers vs secrets manager extension", SECRETS),
    ("macie policy finding eventbridge sns to the data owner", MACIE),
    ("firewall manager waf rule groups on cloudfront and alb in new accounts", FIREWALL_MANAGER),
    ("aws managed key as replica key for a bucket in another account", S3_REPLICATION),
    ("guardduty eks audit logs vs runtime monitoring in pods", GUARDDUTY),
    ("ebs encryption also covers data between instance and volume", STORAGE),
    ("does kms rotation make s3 re-encrypt my sse-kms objects", KMS),
    ("nlb tls listener acm certificate offload from instances", IN_FLIGHT),
    ("green and orange boxes on every page meaning", HOME),
    ("take these notes on a flight with no wifi", HOME),
    ("which pages help with domain 4 identity and access management", EXAM_MAP),
    ("topics the notes skip for incident response", EXAM_MAP),
    ("all the ordering questions in one place", PRACTICE),
    ("practice questions with each option explained by domain", PRACTICE),
    ("exam keywords list for last minute revision", CHEAT_SHEET),
    ("every exam tip keyword on one printout", CHEAT_SHEET),
    ("meaning of OU in aws organizations", GLOSSARY),
    # Thirty-fifth later batch: written before the ranking was looked at.
    ("aws:SourceVpce", KMS),
    ("key policy 32 KB maximum size", KMS),
    ("VerifyMac", KMS),
    ("ML-KEM KMS key encapsulation", KMS),
    ("are aws managed keys being replaced by aws owned keys for new services", KMS),
    ("whats the default kms request limit per secnd for symmetric operations", KMS),
    ("when a kms key is finally deleted are its aliases removed too", KMS),
    ("cloudhsm key store key multi-region replica automatic rotation", KMS),
    ("external key store proxy through a vpc endpoint service", KMS),
    (
        "A company's workloads run in private subnets with no internet access and reach AWS KMS "
        "through an interface VPC endpoint. The security team wants a customer managed key to be "
        "usable only for requests that arrive through that endpoint, and an engineer proposes a "
        "key policy condition on aws:SourceIp with the VPC's CIDR range. Which global condition "
        "key should the key policy use instead?",
        KMS,
    ),
    (
        "A company signs millions of documents a day with an asymmetric KMS key, while symmetric "
        "Encrypt and Decrypt calls in the same account and Region stay well below their limits. "
        "Signing requests are now rejected with ThrottlingException. S3 Bucket Keys and data key "
        "caching in the AWS Encryption SDK were suggested. What explains the throttling, and what "
        "should the company do?",
        KMS,
    ),
    ("Multi-AZ DB cluster snapshot sharing", STORAGE),
    ("Enforce in-transit encryption for all clients", STORAGE),
    (
        "what happens to a dynamodb table if its customer managed key stays disabled for more than "
        "a week",
        STORAGE,
    ),
    ("are rds automated backups and logs encrypted with the same key as the db instance", STORAGE),
    ("does an rds snapshot copy to another regoin stay encrypted the whole time", STORAGE),
    ("can i remove encryption from an ebs volume or its snapshots", STORAGE),
    ("kms permissions the target account needs on a shared encrypted ebs snapshot", STORAGE),
    ("aurora replica encryption must match the db cluster", STORAGE),
    (
        "An EC2 Auto Scaling group launches instances from a launch template whose EBS volumes are "
        "encrypted with a customer managed KMS key, and every launch fails. Engineers can create "
        "volumes with the same key from the console without problems, and AWS Config and Amazon "
        "Inspector report nothing unusual. What should the security engineer change?",
        STORAGE,
    ),
    (
        "A company keeps an encrypted EBS snapshot in eu-west-1 under the default aws/ebs key. A "
        "partner account must create volumes from it in ap-southeast-1. Making the snapshot public "
        "and sharing it through AWS RAM were suggested. Which steps meet this requirement?",
        STORAGE,
    ),
    ("InstanceCredentialExfiltration.OutsideAWS", GUARDDUTY),
    ("threat IP list 250,000", GUARDDUTY),
    ("guardduty anomaly detection baseline", GUARDDUTY),
    ("how many ip addresses fit in a guardduty trusted ip list", GUARDDUTY),
    (
        "can one eventbridge rule in the guardduty admin account catch findings from all member "
        "accounts",
        GUARDDUTY,
    ),
    ("instance role credentials used from another aws account guardduty finding", GUARDDUTY),
    (
        "export guardduty findings to an s3 bucket encrypted with a customer managed kms key",
        GUARDDUTY,
    ),
    (
        "A company wants to pause Amazon GuardDuty in a sandbox Region for a month to stop its "
        "charges, but an ongoing investigation still needs the findings already raised there. AWS "
        "Config and Security Hub CSPM were also discussed. Should the team suspend or disable "
        "GuardDuty in that Region, and why?",
        GUARDDUTY,
    ),
    (
        "A GuardDuty finding for an EC2 instance has a severity of 5.2. A junior analyst asks "
        "whether the instance is probably compromised and whether the finding is part of an attack "
        "sequence. Amazon Detective and Security Hub CSPM were mentioned. How should the analyst "
        "read this severity?",
        GUARDDUTY,
    ),
    ("trust all certificates setting", IN_FLIGHT),
    ("VPC Encryption Controls monitor mode", IN_FLIGHT),
    ("what is actually inside a tls server certificate", IN_FLIGHT),
    ("will my dns validated acm cert still renew if i delete the cname record", IN_FLIGHT),
    ("alb mutual tls verify mode vs passthrough mode", IN_FLIGHT),
    ("enforce aws:SecureTransport with scps, rcps or vpc endpoint policies", IN_FLIGHT),
    (
        "A company runs a tightly coupled HPC workload on EC2 instances in one VPC, and auditors "
        "now require the traffic between the instances to be encrypted in transit. The team does "
        "not want to manage TLS certificates on every node, and an internal Network Load Balancer "
        "with an ACM certificate was suggested. Which solution meets the requirement with the "
        "LEAST operational overhead?",
        IN_FLIGHT,
    ),
    (
        "A company imports certificates from a third-party certificate authority into ACM for its "
        "Application Load Balancers, and last quarter one of them expired unnoticed. The team "
        "wants an automatic warning well before each imported certificate expires, without "
        "changing certificate authority. AWS Config and AWS Trusted Advisor were also suggested. "
        "Which solution meets this requirement?",
        IN_FLIGHT,
    ),
    ("Amazon CodeCatalyst Inspector integration", INSPECTOR),
    ("inspector finding types", INSPECTOR),
    ("does inspector scan ecr repositories i didnt set up a filter for", INSPECTOR),
    ("does inspector leave behind the ebs snapshots it takes for agentless scans", INSPECTOR),
    ("instance profile permissions for inspector agent-based scanning through ssm", INSPECTOR),
    ("inspector vulnerability database sources vendor advisories mitre", INSPECTOR),
    (
        "A company's delegated Amazon Inspector administrator wants container images in every "
        "member account to stay under continuous scanning for 180 days after they are pushed, "
        "instead of the 14 days new accounts get. ECR basic scanning and GuardDuty Runtime "
        "Monitoring were also suggested. Where is this setting made, and who controls it for the "
        "organization?",
        INSPECTOR,
    ),
    ("RTC replication metrics requirement", S3_REPLICATION),
    ("asymmetric kms key as replica key", S3_REPLICATION),
    ("does replicating sse-c objects cost extra or need extra permissions", S3_REPLICATION),
    ("can s3 batch replication retry objects that failed to replicate", S3_REPLICATION),
    ("cloudwatch alarm on kms request usage for busy sse-kms replication", S3_REPLICATION),
    (
        "A company replicates a bucket with a rule that uses a Filter on the prefix reports/. When "
        "users delete objects with a simple DELETE request, the objects still show up in the "
        "destination bucket. The SSE-KMS settings are correct, and S3 Batch Replication was "
        "suggested. What explains this, and what should the company change?",
        S3_REPLICATION,
    ),
    (
        "A replication rule's ReplicaKmsKeyID names a symmetric customer managed key in us-east-1, "
        "while the destination bucket is in eu-west-1. SSE-KMS objects do not replicate, although "
        "the rule saved with 200 OK and the role has kms:Encrypt on that key. Amazon Macie and S3 "
        "Replication Time Control were suggested. What should the team do?",
        S3_REPLICATION,
    ),
    ("SSE-S3 unique key per object", SERVER_SIDE),
    ("SSE-KMS monthly key fee and request charges", SERVER_SIDE),
    ("does a metadata read on an sse-c object also need the key", SERVER_SIDE),
    ("who keeps track of which sse-c key encrypted which object version", SERVER_SIDE),
    ("dsse-kms cloudtrail logging and key policy same as sse-kms", SERVER_SIDE),
    (
        "A company serves objects from an S3 bucket through Amazon CloudFront with an origin "
        "access identity. After the bucket's default encryption is changed to SSE-KMS with a "
        "customer managed key, viewers get errors for every new object. AWS WAF and Lambda@Edge "
        "were suggested. What should the company change?",
        SERVER_SIDE,
    ),
    ("AWS WAF Classic policies Firewall Manager", FIREWALL_MANAGER),
    ("Network Firewall Classic policy stateless engine", FIREWALL_MANAGER),
    ("can i have two firewall manager policies of the same type", FIREWALL_MANAGER),
    ("does firewall manager add aws config charges", FIREWALL_MANAGER),
    ("security groups stateful vs network acls stateless across accounts", FIREWALL_MANAGER),
    (
        "A security team creates an AWS Firewall Manager AWS WAF policy in eu-west-1 to protect "
        "every CloudFront distribution in the organization, but the policy never finds any "
        "in-scope resources. Organizations has all features enabled and AWS Config records in "
        "every account, and AWS Shield Advanced and AWS RAM were suggested. What is the cause?",
        FIREWALL_MANAGER,
    ),
    ("RestoreSecret", SECRETS),
    ("Parameter Store higher throughput charge", SECRETS),
    ("rotation lamda in a private subnet times out reaching secrets manager", SECRETS),
    ("what kinds of things does parameter store hold besides passwords", SECRETS),
    ("execution role permission for the parameters and secrets lambda extension", SECRETS),
    (
        "A team's CloudFormation templates pass the master password of an Amazon RDS database as a "
        "plain-text parameter. The security team wants the password out of every template and "
        "rotated automatically, and Parameter Store SecureString parameters and KMS-encrypted "
        "Lambda environment variables were also suggested. Which solution meets these "
        "requirements?",
        SECRETS,
    ),
    ("Macie bucket inventory", MACIE),
    ("Macie managed data identifiers by country", MACIE),
    ("why did macie skip objects encrypted with our own kms key", MACIE),
    ("how does a macie bucket sensitivity score change as more objects get sampled", MACIE),
    ("are repeat occurrences of a macie finding published to eventbridge", MACIE),
    (
        "A company's management account designated a security account as the delegated Amazon "
        "Macie administrator. A second business unit now wants its own account designated as "
        "another Macie administrator for its member accounts in the same organization, as it does "
        "with other tools. GuardDuty and Inspector were mentioned as examples. What should the "
        "company know?",
        MACIE,
    ),
    ("AWS client-side encryption libraries", CLIENT_SIDE),
    (
        "who decrypts data that was encrypted on the client, the server or another client",
        CLIENT_SIDE,
    ),
    ("whats the catch with client side encrytion, what do i have to manage myself", CLIENT_SIDE),
    ("asymmetric kms key for encrypting large files client side", CLIENT_SIDE),
    (
        "An application encrypts records with the AWS Encryption SDK and a multi-keyring: the "
        "generator key belongs to the company and a second KMS key belongs to a partner that must "
        "also decrypt the records. The writer role has kms:GenerateDataKey on the generator key, "
        "yet encryption fails once the partner's key is added. SSE-KMS and S3 Bucket Keys were "
        "also discussed. Which permission is missing?",
        CLIENT_SIDE,
    ),
    (
        "do i need to import each partner's client certificate into acm for api gateway mtls",
        API_GATEWAY_ACM,
    ),
    ("can a private rest api use the tls 1.3 only enhanced security policy", API_GATEWAY_ACM),
    (
        "api gateway client certificate so the http backend only accepts api gateway",
        API_GATEWAY_ACM,
    ),
    (
        "A company wants client certificates checked at CloudFront edge locations, so it plans to "
        "turn on mutual TLS for the edge-optimized custom domain name of its REST API. AWS WAF and "
        "Lambda@Edge were also mentioned. What should the security engineer tell the team?",
        API_GATEWAY_ACM,
    ),
    ("AMI launch permission nested OUs", AMIS),
    ("why cant i copy a windows ami that another account shared with me", AMIS),
    ("does kms:GenerateDataKey* in the key policy cover GenerateDataKeyWithoutPlaintext", AMIS),
    ("AssociateKmsKeyId on an ami to share it with another account", AMIS),
    (
        "Account A adds a statement to the key policy of the customer managed key that encrypts a "
        "shared AMI, naming arn:aws:iam::444455556666:root as the principal. Developers in account "
        "444455556666 can see the AMI, yet every launch still fails with a KMS error. Service "
        "control policies and AWS RAM were suggested. What is missing?",
        AMIS,
    ),
    ("CI/CD meaning", GLOSSARY),
    ("NFS abbreviation", GLOSSARY),
    ("what does rds stand for", GLOSSARY),
    ("what does hsm stand for, hardware secuirty module?", GLOSSARY),
    ("infrastructure security domain 18 percent", EXAM_MAP),
    ("which domain has the biggest weight on scs-c03", EXAM_MAP),
    (
        "where do i study cloudwatch logs metric filters and logs insights for the detection "
        "domain",
        EXAM_MAP,
    ),
    ("task statement 1.2 logging solutions security lake", EXAM_MAP),
    (
        "private keys found in s3 objects vs stolen access keys used from abroad which detector",
        THREAT_DETECTION,
    ),
    (
        "whats the difference between a guardduty finding and a security hub exposure finding",
        THREAT_DETECTION,
    ),
    (
        "A security team must meet four requirements: alert when someone stops CloudTrail logging, "
        "list EC2 ports that the VPC configuration leaves open to the internet, find AWS secret "
        "access keys saved inside S3 objects, and detect a reverse shell inside an EKS pod. AWS "
        "Config and Security Hub CSPM were suggested. Which service meets each requirement?",
        THREAT_DETECTION,
    ),
    ("which words does search ignore when i paste a full exam question", HOME),
    ("concise notes on kms, tls, guardduty, inspector and macie with diagrams", HOME),
    (
        "if i encrypt on the client do i still need https and server-side encryption",
        DATA_PROTECTION,
    ),
    (
        "A company has three datasets: application logs in S3 that AWS analytics services must "
        "query, research files that must stay encrypted when they are copied between AWS and "
        "another cloud provider, and calls from its mobile app to its APIs over the internet. An "
        "architect proposes SSE-KMS for all three. Which encryption approach fits each dataset?",
        DATA_PROTECTION,
    ),
    ("which edge page for org-wide waf and which for a regional api certificate", EDGE),
    ("revision handout", CHEAT_SHEET),
    ("double-sided printout of all exam tips and quick facts", CHEAT_SHEET),
    ("where can i test myself on kms and s3 encryption questions", PRACTICE),
    ("drill exam questions on infrastructure security with answer explanations", PRACTICE),
    # Thirty-sixth later batch: written before the ranking was looked at.
    ("aws kms enable-key-rotation --rotation-period-in-days", KMS),
    ("get-parameters-for-import wrapping public key", KMS),
    ("schedule-key-deletion --pending-window-in-days", KMS),
    ("hsm1.medium FIPS 140-2 level 3", KMS),
    ("kms:ViaService ec2.us-east-1.amazonaws.com ebs", KMS),
    ("EncryptionInTransitSupported", IN_FLIGHT),
    ("acm imported cert expiration event 45 days", IN_FLIGHT),
    ("aws s3 cp --sse aws:kms --sse-kms-key-id", SERVER_SIDE),
    ("s3:x-amz-server-side-encryption-aws-kms-key-id condition", SERVER_SIDE),
    ("put-bucket-encryption BucketKeyEnabled", SERVER_SIDE),
    ("x-amz-server-side-encryption-customer-* headers", SERVER_SIDE),
    ("raw AES keyring", CLIENT_SIDE),
    ("aws ec2 copy-snapshot --encrypted --kms-key-id", STORAGE),
    ("aws ec2 enable-ebs-encryption-by-default", STORAGE),
    ("AWSServiceRoleForAutoScaling kms key policy", STORAGE),
    ("aws s3api put-bucket-replication sse-kms", S3_REPLICATION),
    ("aws ec2 copy-image --encrypted --kms-key-id", AMIS),
    ("ssm put-parameter --type SecureString --key-id", SECRETS),
    ("{{resolve:secretsmanager}} dynamic reference", SECRETS),
    ("secret deletion recovery window 7 to 30 days", SECRETS),
    ("does rotating my kms key give me new data keys for stuff i already encrypted", KMS),
    ("why do some aws docs say 10 on-demand rotations per key and others say 25", KMS),
    ("can a kms grant take away access that the key policy gives", KMS),
    ("if my web server gets hacked does tls still protect the data", IN_FLIGHT),
    ("does cloudfront redirect http to https also encrypt the hop to my origin", IN_FLIGHT),
    ("do i pay kms charges when s3 uses the aws/s3 key", SERVER_SIDE),
    ("whats the point of encrypting on the client if s3 encrypts at rest anyway", CLIENT_SIDE),
    (
        "with ebs encryption by default on, are volumes from an unencrypted ami "
        "encrypted when i launch",
        STORAGE,
    ),
    ("can i turn a kms encrypted rds database back into an unencrypted one", STORAGE),
    ("how long until an sse-kms object shows up in the replica bucket", S3_REPLICATION),
    (
        "if my source objects are unencrypted do the replicas get encrypted in the "
        "destination bucket",
        S3_REPLICATION,
    ),
    ("is block public access for amis turned on by default in a brand new account", AMIS),
    (
        "my secret is about 10 kb, will parameter store advanced tier take it or do i "
        "need secrets manger",
        SECRETS,
    ),
    ("do i need to redeploy my lambda function when the secret rotates", SECRETS),
    ("am i billed for a secrets manager secret every month even if nothing reads it", SECRETS),
    ("macie sse-c and client-side encrypted objects", MACIE),
    ("asymmetric kms key to encrypt a secrets manager secret", KMS),
    ("external key store ebs volumes if the key manager goes offline", KMS),
    ("imported key material hmac key reimport different material", KMS),
    ("aws managed key policy kms:ViaService kms:CallerAccount", KMS),
    ("acm private ca certificate on an internal alb", IN_FLIGHT),
    ("elb security policy vs cloudfront security policy minimum tls", IN_FLIGHT),
    ("vpc encryption controls enforce mode nitro instances", IN_FLIGHT),
    ("cloudfront origin access control for sse-kms objects", SERVER_SIDE),
    ("aurora aws owned key snapshot share with another account", STORAGE),
    ("dsse-kms objects replication role kms permissions", S3_REPLICATION),
    (
        "what does an s3 admin without kms:Decrypt get when downloading an s3 encryption "
        "client object",
        CLIENT_SIDE,
    ),
    (
        "A company's API issues session tokens to its mobile app and must later confirm that "
        "each returned token was created by the company and not altered. Creating and checking "
        "the code must both happen inside AWS KMS with a symmetric key that can never be used to "
        "encrypt data. One engineer suggests an asymmetric RSA key with SIGN_VERIFY usage, "
        "another a shared secret in AWS Secrets Manager. Which solution meets these requirements?",
        KMS,
    ),
    (
        "A company runs a card-processing workload on EC2 instances in one VPC. Auditors want "
        "a report of every traffic flow in the VPC that is not encrypted in transit, and the "
        "company later wants to stop any resource that cannot encrypt from joining the VPC. "
        "VPC Flow Logs with Amazon Athena queries and AWS Network Firewall with TLS inspection "
        "were proposed. Which solution meets these requirements with the LEAST operational "
        "overhead?",
        IN_FLIGHT,
    ),
    (
        "A company's S3 bucket uses SSE-KMS default encryption with an approved customer managed "
        "key. Some developers send the x-amz-server-side-encryption: aws:kms header but name "
        "their own KMS key, so their objects end up under the wrong key. Switching the default "
        "to DSSE-KMS and turning on S3 Bucket Keys were considered. Which solution makes sure "
        "that every new object is encrypted with the approved key?",
        SERVER_SIDE,
    ),
    (
        "A company stores customer profiles in an Amazon DynamoDB table. The national ID "
        "attribute must be encrypted by the application before it is written, so that neither "
        "DynamoDB nor administrators with full access to the table ever see it in plaintext, "
        "while the other attributes stay readable. Switching the table to a customer managed "
        "KMS key, the Amazon S3 Encryption Client and Amazon Macie were proposed. Which solution "
        "meets these requirements?",
        CLIENT_SIDE,
    ),
    (
        "An audit finds that an Amazon EFS file system created two years ago is not encrypted "
        "at rest, and that some EC2 instances mount it without TLS. The company must fix both "
        "problems and stop anyone in its organization from creating unencrypted file systems in "
        "the future. Turning on encryption in the file system settings, AWS Backup and Amazon "
        "Macie were suggested. Which combination of actions meets these requirements?",
        STORAGE,
    ),
    (
        "A workload account replicates SSE-KMS objects to a bucket in a central log archive "
        "account, where replicas are encrypted under the archive account's customer managed "
        "key. The archive bucket still uses ACLs, and the archive account's analysts get "
        "AccessDenied on the replicas because they belong to the source account. Adding "
        "s3:GetObject to the analysts' IAM policies and rerunning S3 Batch Replication were "
        "suggested. What should the company change so that the archive account owns the replicas?",
        S3_REPLICATION,
    ),
    (
        "Account A shares an AMI encrypted with a customer managed KMS key with account B. "
        "Following an older study guide, account A's key policy and account B's launch role "
        "allow kms:DescribeKey, kms:CreateGrant, kms:Decrypt and kms:ReEncrypt* on the key. "
        "Launches in account B still fail with a KMS error while EC2 creates the new volumes. "
        "Sharing the snapshots with createVolumePermission and adding account B to the launch "
        "permission again were suggested. Which permission is missing?",
        AMIS,
    ),
    (
        "An administrator deleted an AWS Secrets Manager secret holding a production database "
        "password two days ago, using the default settings, and applications now fail to read "
        "it. The team considered restoring it from AWS Backup, re-creating it from the "
        "AWSPREVIOUS version and reading the value from Parameter Store history. What should "
        "the team do to get the secret back?",
        SECRETS,
    ),
    ("CryptoCurrency:EC2/BitcoinTool.B vpc flow logs", GUARDDUTY),
    ("malware protection s3 object tag scan result", GUARDDUTY),
    ("guardduty attack sequence types", GUARDDUTY),
    ("custom detection rule live association", GUARDDUTY),
    ("guardduty protection plans priced separately", GUARDDUTY),
    ("guardduty s3 protection on by default", GUARDDUTY),
    ("guardduty cloudtrail management events unusual api calls", GUARDDUTY),
    ("AWSServiceRoleForAmazonMacie", MACIE),
    ("macie skips glacier deep archive", MACIE),
    ("macie policy finding types list", MACIE),
    ("inspector openssl package finding", INSPECTOR),
    ("inspector finding fixed version", INSPECTOR),
    ("security hub partner tool findings", THREAT_DETECTION),
    ("exam giveaway words guardduty inspector macie", THREAT_DETECTION),
    ("new vpc automatically gets network firewall", FIREWALL_MANAGER),
    ("firewall manager content audit vs usage audit", FIREWALL_MANAGER),
    ("execute-api disable applies to every stage", API_GATEWAY_ACM),
    ("what does vpc stand for", GLOSSARY),
    ("udp meaning", GLOSSARY),
    ("cloudformation stacksets study link", EXAM_MAP),
    ("why does guardduty ignore my trusted ip list for our internal scanner", GUARDDUTY),
    ("if i disable guardduty in a region will i loose my findings", GUARDDUTY),
    ("how does guardduty corelate separate findings into one attack", GUARDDUTY),
    ("how does inspector know port 22 is open to the internet without scanning it", INSPECTOR),
    (
        "does inspector check python and java libraries inside my container images or only "
        "os packages",
        INSPECTOR,
    ),
    ("can the macie admin run discovery jobs on buckets in member accounts", MACIE),
    ("do i still need guardduty if i already turned on security hub", THREAT_DETECTION),
    (
        "can an app team remove the waf rules firewall manager put on their load balancer",
        FIREWALL_MANAGER,
    ),
    (
        "which firewall manager policy type blocks sql injection on every cloudfront "
        "distribution",
        FIREWALL_MANAGER,
    ),
    ("how do i make sure my rest api can only be called from inside our vpcs", API_GATEWAY_ACM),
    ("is ssl short for secure sockets layer", GLOSSARY),
    ("where do i learn sts and iam roles anywhere since the notes skip them", EXAM_MAP),
    ("are these notes up to date with what aws changed recently", HOME),
    ("what should i reread the morning of the exam", CHEAT_SHEET),
    ("practice questions for the data protection domain", PRACTICE),
    (
        "does sse-kms encryption stop guardduty s3 protection from seeing getobject calls",
        GUARDDUTY,
    ),
    ("can guardduty malware protection for aws backup scan rds snapshots", GUARDDUTY),
    ("can macie read sse-kms objects under the aws/s3 key", MACIE),
    ("dynamodb export to s3 then scan with macie for credit card numbers", MACIE),
    ("one service to flag buckets without default encryption and buckets holding pii", MACIE),
    ("malware in uploaded s3 files: macie or guardduty", THREAT_DETECTION),
    (
        "guardduty only detects bad domains, how do i block them in every account's vpcs",
        FIREWALL_MANAGER,
    ),
    ("api gateway tls policy post-quantum enhanced", API_GATEWAY_ACM),
    ("who terminates tls for an edge-optimized api custom domain", API_GATEWAY_ACM),
    ("detection domain topics beyond guardduty inspector and macie", EXAM_MAP),
    (
        "inspector cve findings and guardduty runtime threats for the same eks cluster, "
        "which does what",
        THREAT_DETECTION,
    ),
    ("guardduty and macie quick facts printable", CHEAT_SHEET),
    (
        "A security team discovers that temporary credentials issued to an EC2 instance "
        "through its IAM role were used to call AWS APIs from an IP address outside AWS. The "
        "company wants an alert whenever instance role credentials are used this way in any "
        "of its accounts. Amazon Inspector, Amazon Macie, AWS Config rules and Amazon "
        "GuardDuty are under consideration. Which solution meets these requirements with the "
        "LEAST operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company turned on GuardDuty Malware Protection for S3 for its customer upload "
        "bucket last month, and every new object is now scanned. Auditors require that the 3 "
        "million objects uploaded before the plan was turned on are checked for malware too. "
        "One engineer proposes an Amazon Macie sensitive data discovery job, another an "
        "Amazon Inspector scan of the bucket. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "A security team suspects that a compromised EC2 instance leaks data by encoding it "
        "in DNS queries to an attacker-controlled domain. The instances use the "
        "Amazon-provided VPC resolver, and no agents may be installed on them. The team "
        "considers VPC Flow Logs with a CloudWatch metric filter, Amazon Inspector network "
        "reachability analysis and Amazon GuardDuty. Which solution meets these "
        "requirements?",
        GUARDDUTY,
    ),
    (
        "A company runs EC2 instances in an account where AWS Systems Manager is not "
        "allowed, so the instances are not managed instances. The security team may install "
        "software on the instances and wants Amazon Inspector to scan operating system and "
        "programming language packages with an agent. GuardDuty Runtime Monitoring and the "
        "Amazon Inspector Classic agent have also been suggested. Which solution meets these "
        "requirements?",
        INSPECTOR,
    ),
    (
        "A company runs Amazon Macie sensitive data discovery jobs on a bucket of archived "
        "customer records. The results show that Macie reported only metadata for objects "
        "encrypted on the client side with the AWS Encryption SDK and for objects uploaded "
        "with SSE-C. A team member suggests adding Macie to a KMS key policy or enabling "
        "GuardDuty S3 Protection. Which statement explains these results?",
        MACIE,
    ),
    (
        "A startup runs all workloads in one AWS account. It must be alerted when IAM access "
        "keys are used from an unusual country, must list EC2 instances with an outdated "
        "OpenSSL package, and must find S3 objects that contain customer passport numbers. "
        "The security lead proposes turning on only AWS Security Hub CSPM with the CIS AWS "
        "Foundations Benchmark. Which combination of services meets these requirements?",
        THREAT_DETECTION,
    ),
    (
        "A company with 70 accounts in AWS Organizations wants all traffic leaving its VPCs "
        "to be inspected with Suricata-compatible rules by AWS Network Firewall in one "
        "central inspection VPC instead of in each VPC. Accounts created later must be "
        "covered without manual work. Engineers have suggested Amazon GuardDuty threat lists "
        "and AWS WAF web ACLs on every load balancer. Which solution meets these "
        "requirements with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A REST API in Amazon API Gateway sends requests to an HTTP backend on EC2 instances "
        "that must stay reachable from the internet. The backend must accept only requests "
        "that come from API Gateway. The team considers turning on mutual TLS on the API's "
        "custom domain name, an AWS WAF rule on the backend, and a security group that "
        "allows API Gateway IP ranges. Which solution meets these requirements?",
        API_GATEWAY_ACM,
    ),
    # Batch 37: written before any ranking was looked at.
    # Short keyword queries.
    ("ForAllValues with kms:EncryptionContext rejected", KMS),
    ("PendingReplicaDeletion key state", KMS),
    ("GenerateMac VerifyMac hmac key", KMS),
    ("kms:MultiRegion condition key", KMS),
    ("RestoreDBClusterFromSnapshot KmsKeyId", STORAGE),
    ("CopyVolumes crash-consistent encrypted copy", STORAGE),
    ("amazon-efs-utils tls option", STORAGE),
    ("dns data exfiltration encoded queries finding", GUARDDUTY),
    ("Recon:EC2/Portscan suppression rule scanner", GUARDDUTY),
    ("InstanceCredentialExfiltration.InsideAWS", GUARDDUTY),
    ("ELBSecurityPolicy-2016-08 cli default listener", IN_FLIGHT),
    ("EncryptionInTransitSupported instance attribute", IN_FLIGHT),
    ("TLSv1.3_2025 cloudfront viewer security policy", IN_FLIGHT),
    ("ReplicaKmsKeyID alias resolved in wrong account", S3_REPLICATION),
    ("V1 replication rule prefix delete markers", S3_REPLICATION),
    ("AccessControlTranslation owner override", S3_REPLICATION),
    ("dsse-kms extra charge no bucket keys", SERVER_SIDE),
    ("sse-c key-md5 header", SERVER_SIDE),
    ("sse-c key sent over plain http by mistake", SERVER_SIDE),
    ("StartOnDemandScan ami eventbridge only", INSPECTOR),
    ("inspector code security gitlab self managed", INSPECTOR),
    ("sbom in cyclonedx 1.4 written to an s3 bucket", INSPECTOR),
    ("Policy:IAMUser/S3BucketReplicatedExternally", MACIE),
    ("Policy:IAMUser/S3BucketSharedWithCloudFront", MACIE),
    ("secrets manager unlabelled versions over 100", SECRETS),
    ("one cross-account replica per secret same region", SECRETS),
    ("dek wrapped by kek envelope", CLIENT_SIDE),
    ("one encrypted data key per wrapping key in the message", CLIENT_SIDE),
    ("ami sharing quota accounts per region", AMIS),
    ("aws marketplace ami billing product code copy", AMIS),
    ("fms PutAdminAccount management account", FIREWALL_MANAGER),
    ("network firewall centralized deployment model inspection vpc", FIREWALL_MANAGER),
    ("disableExecuteApiEndpoint 403 forbidden", API_GATEWAY_ACM),
    ("api gateway _EDGE suffix security policy list", API_GATEWAY_ACM),
    ("PHI acronym", GLOSSARY),
    # Natural-language questions.
    ("can i use an hmac kms key to encrypt data", KMS),
    ("why does decrypt fail when the other account calls my key by its alias name", KMS),
    ("what happens if i delete imported key material by acident", KMS),
    ("is kms itself fips 140-3 level 3 or is that only cloudhsm", KMS),
    ("why cant i make my encrypted ebs snapshot public", STORAGE),
    (
        "auto scaling cant launch instances after i put a customer managed key in the "
        "launch template",
        STORAGE,
    ),
    (
        "can i switch a dynamodb table from the aws owned key to my own cmk without downtime",
        STORAGE,
    ),
    ("after i switch my dynamodb table to a new cmk can i still restore old backups", STORAGE),
    ("can the guardduty delegated admin be a different account in each region", GUARDDUTY),
    ("will guardduty change my own cloudtrail trail or flow log settings", GUARDDUTY),
    ("does guardduty s3 protection read the contents of my objects", GUARDDUTY),
    ("does runtime monitoring cover eks on fargate", GUARDDUTY),
    ("if my rds instance is kms encrypted are connections to it encrypted too", IN_FLIGHT),
    ("can certbot get certificates from acm for my on prem servers", IN_FLIGHT),
    ("can i copy an acm certificate to another region for a second load balancer", IN_FLIGHT),
    ("are delete markers copied to the replica bucket", S3_REPLICATION),
    ("replication stopped right after i enabled bucket keys why", S3_REPLICATION),
    ("can replication chain from bucket a to b to c", S3_REPLICATION),
    ("if i change a buckets default encryption are the old objects re-encrypted", SERVER_SIDE),
    ("cloudfront oai cant serve my sse-kms objects", SERVER_SIDE),
    ("what header value asks s3 for sse-s3 on upload", SERVER_SIDE),
    ("does inspector scan lambda functions that havent been invoked in months", INSPECTOR),
    ("can inspector check my ec2 instances against cis benchmarks", INSPECTOR),
    ("can inspector scan an ami before i launch it", INSPECTOR),
    ("can macie findings show the actual credit card numbers it found", MACIE),
    ("how do i stop macie reporting our public support phone number", MACIE),
    ("which macie finding tells me someone turned off block public access", MACIE),
    ("can i share a parameter store parameter with another account", SECRETS),
    ("does a cloudformation template need the db password in plain text", SECRETS),
    (
        "why does my ciphertext fail to decrypt after i moved the file to another folder",
        CLIENT_SIDE,
    ),
    ("can the writer role have generatedatakey but no decrypt permission", CLIENT_SIDE),
    ("does account b need permissions on the snapshots just to launch my shared ami", AMIS),
    ("can the account i shared an ami with see my tags on it", AMIS),
    (
        "does firewall manager filter traffic itself or just manage waf and the others",
        FIREWALL_MANAGER,
    ),
    ("can firewall manager manage palo alto or fortinet firewalls", FIREWALL_MANAGER),
    (
        "does a regional custom domain work with route 53 latency routing across regions",
        API_GATEWAY_ACM,
    ),
    ("can i turn my public custom domain name into a private one", API_GATEWAY_ACM),
    ("do i need inspector if guardduty already watches my ec2 instances", THREAT_DETECTION),
    ("if everything already goes over tls do i still need encryption at rest", DATA_PROTECTION),
    ("whats covered under edge and governance", EDGE),
    ("is there a dark mode on this site", HOME),
    ("what does domain 2 incident response need that these notes dont cover", EXAM_MAP),
    ("what does sbom stand for", GLOSSARY),
    ("multiple response practice questions choose two", PRACTICE),
    ("all the at a glance boxes in one place", CHEAT_SHEET),
    # Exam-style stems.
    (
        "A company must make sure that a customer managed KMS key can be used only by requests "
        "that arrive through the company's interface VPC endpoint for AWS KMS. A condition on "
        "aws:SourceIp and a security group on the endpoint were suggested. Which key policy "
        "condition meets this requirement?",
        KMS,
    ),
    (
        "A signing application uses an asymmetric KMS key, and a new policy requires the key "
        "to be replaced every year. The team finds that automatic rotation cannot be turned on "
        "for the key. Enabling on-demand rotation and importing new key material were "
        "suggested. How should the team rotate the key?",
        KMS,
    ),
    (
        "A software vendor signs its release files, and customers outside AWS must verify the "
        "signatures with a public key. The team considers an HMAC KMS key, a symmetric KMS key "
        "and a secret in AWS Secrets Manager. Which type of KMS key meets this requirement?",
        KMS,
    ),
    (
        "A company must copy encrypted Amazon EBS snapshots from us-east-1 to eu-west-1 every "
        "night for disaster recovery. The snapshots are encrypted with a single-Region customer "
        "managed key. Adding eu-west-1 to the key policy and copying without naming a key were "
        "suggested. What must the copy request include?",
        STORAGE,
    ),
    (
        "A security team must show auditors that EBS encryption by default is turned on in every "
        "Region of every account in the organization. Amazon Inspector and AWS Organizations "
        "declarative policies were considered. Which solution meets this requirement?",
        STORAGE,
    ),
    (
        "A company must audit every use of the key that protects an existing Amazon DynamoDB "
        "table, which still uses the default encryption. The team considers exporting the table "
        "to S3 with SSE-KMS or recreating the table. Which solution meets this requirement with "
        "the LEAST operational effort?",
        STORAGE,
    ),
    (
        "A company's internal vulnerability scanner runs on an EC2 instance with a private IP "
        "address and keeps triggering Recon:EC2/Portscan findings. Adding the scanner's address "
        "to a GuardDuty trusted IP list did not help. How can the team keep these findings out "
        "of Security Hub and EventBridge while still recording them?",
        GUARDDUTY,
    ),
    (
        "A company suspects brute-force login attempts against its Amazon Aurora databases and "
        "wants alerts on anomalous logins without installing anything on the databases. Amazon "
        "Inspector and Amazon Macie were suggested. Which solution meets these requirements?",
        GUARDDUTY,
    ),
    (
        "A compliance rule requires that all GuardDuty findings be kept for two years. Sending "
        "the findings to a CloudWatch Logs group and enabling Security Hub CSPM were suggested. "
        "Which solution meets this requirement?",
        GUARDDUTY,
    ),
    (
        "A company's web servers behind a load balancer must terminate TLS themselves, and the "
        "load balancer must never decrypt the traffic. An Application Load Balancer with an "
        "HTTPS listener and a CloudFront distribution were considered. Which solution meets "
        "these requirements?",
        IN_FLIGHT,
    ),
    (
        "A company must make sure that every client of an S3 bucket connects with TLS 1.2 or "
        "later. Default encryption with SSE-KMS and S3 Block Public Access were proposed. Which "
        "bucket policy statement meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "A company set up S3 Cross-Region Replication on a versioned bucket that already holds "
        "5 million objects. Only objects uploaded after the rule was created appear in the "
        "destination. Suspending versioning and re-creating the rule were suggested. How can "
        "the company replicate the existing objects?",
        S3_REPLICATION,
    ),
    (
        "A company needs a service-level agreement that 99.99% of new objects replicate to a "
        "bucket in another Region within 15 minutes, with alerts for late objects. S3 Transfer "
        "Acceleration and AWS DataSync were suggested. Which feature meets this requirement?",
        S3_REPLICATION,
    ),
    (
        "A compliance rule requires two independent layers of server-side encryption for the "
        "objects in an S3 bucket, with keys held in AWS KMS. The team also hopes to cut KMS "
        "costs with S3 Bucket Keys, and the S3 Encryption Client was proposed too. Which option "
        "meets the encryption requirement, and what is its trade-off?",
        SERVER_SIDE,
    ),
    (
        "A company must reject every upload to an S3 bucket that does not ask for SSE-KMS, "
        "including uploads that rely on the bucket default or ask for SSE-S3. AWS Config rules "
        "and S3 Object Lock were considered. Which solution meets this requirement?",
        SERVER_SIDE,
    ),
    (
        "A company encrypts the code of its Lambda functions with a customer managed KMS key, "
        "and Amazon Inspector shows no findings for these functions although other functions "
        "have findings. Enabling Lambda code scanning and GuardDuty Lambda Protection were "
        "suggested. What explains the missing findings?",
        INSPECTOR,
    ),
    (
        "A security team must decide which EC2 instances to patch first and wants a score that "
        "adjusts the CVSS base score with network reachability and exploitability in its own "
        "environment. The EPSS score alone and GuardDuty finding severity were suggested. Which "
        "option meets this requirement?",
        INSPECTOR,
    ),
    (
        "A company needs to find S3 objects that contain its internal employee numbers, which "
        "follow a format that no managed data identifier recognizes. Amazon Inspector and "
        "GuardDuty S3 Protection were suggested. Which solution meets this requirement?",
        MACIE,
    ),
    (
        "A Macie sensitive data discovery job reports that objects encrypted with a customer "
        "managed KMS key were skipped, while SSE-S3 objects in the same bucket were analyzed. "
        "Turning off S3 Bucket Keys and enabling GuardDuty were suggested. What should the "
        "security team do?",
        MACIE,
    ),
    (
        "A company wants the master user password of a new Amazon Aurora cluster generated and "
        "rotated for it, without writing or maintaining any Lambda function. Storing the "
        "password as a SecureString parameter in Parameter Store was also suggested. Which "
        "solution meets this requirement?",
        SECRETS,
    ),
    (
        "A Lambda function reads a secret from AWS Secrets Manager on every invocation, and API "
        "costs and latency keep growing. Moving the secret into a plain environment variable was "
        "suggested. Which solution reduces the calls while keeping the secret in Secrets Manager?",
        SECRETS,
    ),
    (
        "Two partner companies must each decrypt a single stored copy of an encrypted file, each "
        "with a KMS key in its own AWS account, without the data being stored twice. SSE-KMS on "
        "Amazon S3 and DSSE-KMS were proposed. Which solution meets these requirements?",
        CLIENT_SIDE,
    ),
    (
        "A company wants to share an encrypted AMI with every account in one organizational "
        "unit of its organization instead of listing account IDs. The AMI's snapshots use a "
        "customer managed key. Making the AMI public and sharing the snapshots were suggested. "
        "Which combination of steps meets this requirement?",
        AMIS,
    ),
    (
        "A security engineer must stop anyone in the company's accounts from making AMIs public "
        "in any Region. A service control policy that denies ec2:CreateImage and an AWS Config "
        "rule were proposed. Which solution meets this requirement with the LEAST operational "
        "overhead?",
        AMIS,
    ),
    (
        "A company wants every VPC in all accounts of its organization, including VPCs created "
        "later, to block DNS queries for a list of known malicious domains. GuardDuty threat "
        "lists and AWS WAF rate-based rules were suggested. Which solution meets this "
        "requirement?",
        FIREWALL_MANAGER,
    ),
    (
        "A security team wants to find and remove unused and redundant security groups across "
        "40 accounts in AWS Organizations. AWS Trusted Advisor and Amazon Inspector network "
        "reachability findings were suggested. Which solution meets this requirement?",
        FIREWALL_MANAGER,
    ),
    (
        "A company runs a Regional REST API in ap-southeast-2 and creates a Regional custom "
        "domain name for it. The team requested the ACM certificate in us-east-1 because it "
        "read that API Gateway certificates must live there, but the certificate is not "
        "offered. What should the team do?",
        API_GATEWAY_ACM,
    ),
    (
        "A regulated workload requires that a REST API's Regional custom domain name accept "
        "only TLS 1.3, and partners must also authenticate with client certificates. An ALB "
        "security policy and the CloudFront TLSv1.3_2025 policy were suggested. Which "
        "statement about meeting both requirements is correct?",
        API_GATEWAY_ACM,
    ),
    (
        "A company wants one service to correlate vulnerabilities from Amazon Inspector, "
        "sensitive data from Amazon Macie and threats from Amazon GuardDuty into prioritized "
        "exposure findings that show which resources are most at risk. AWS Config and Amazon "
        "Detective were suggested. Which service meets this requirement?",
        THREAT_DETECTION,
    ),
    (
        "An architect argues that because every S3 bucket already uses default encryption, the "
        "company needs neither TLS enforcement nor client-side encryption for customer uploads. "
        "Which statement correctly describes what each layer protects against?",
        DATA_PROTECTION,
    ),
    # Batch 38: written before any ranking was looked at.
    # Short keyword queries.
    ("ScheduleKeyDeletion pending window", KMS),
    ("key rotation period 90 to 2560 days", KMS),
    ("on-demand rotation imported key material", KMS),
    ("custom key store cloudhsm cluster", KMS),
    ("external key store proxy", KMS),
    ("CreateGrant retiring principal", KMS),
    ("kms:CallerAccount condition", KMS),
    ("symmetric vs asymmetric kms key", KMS),
    ("RSA key pair sign verify kms", KMS),
    ("s3 object lock vs encryption", SERVER_SIDE),
    ("bucket key reduce kms request cost", SERVER_SIDE),
    ("sse-kms cross account object access", SERVER_SIDE),
    ("aws encryption sdk data key caching", CLIENT_SIDE),
    ("envelope encryption plaintext data key discard", CLIENT_SIDE),
    ("dynamodb encryption client attribute", CLIENT_SIDE),
    ("s3 encryption client v3", CLIENT_SIDE),
    ("ebs snapshot copy change kms key", STORAGE),
    ("rds unencrypted snapshot to encrypted instance", STORAGE),
    ("efs encryption at rest only at creation", STORAGE),
    ("dynamodb aws managed key aws/dynamodb", STORAGE),
    ("replicate objects encrypted with sse-kms", S3_REPLICATION),
    ("replication role kms:Encrypt destination key", S3_REPLICATION),
    ("same-region replication encryption", S3_REPLICATION),
    ("launch permission encrypted ami other account", AMIS),
    ("CreateGrant for ec2 launch shared ami", AMIS),
    ("SecureString kms key parameter store", SECRETS),
    ("secrets manager cross-region replica secret", SECRETS),
    ("rotation lambda alternating users", SECRETS),
    ("guardduty runtime monitoring eks agent", GUARDDUTY),
    ("guardduty extended threat detection attack sequence", GUARDDUTY),
    ("UnauthorizedAccess:IAMUser/MaliciousIPCaller", GUARDDUTY),
    ("inspector lambda code scanning", INSPECTOR),
    ("inspector ecr continuous rescanning duration", INSPECTOR),
    ("inspector score vs cvss", INSPECTOR),
    ("cis benchmark assessment inspector", INSPECTOR),
    ("macie automated sensitive data discovery sampling", MACIE),
    ("macie managed data identifiers credit card", MACIE),
    ("macie sensitive data discovery results bucket", MACIE),
    ("firewall manager security group audit policy", FIREWALL_MANAGER),
    ("shield advanced protection policy all accounts", FIREWALL_MANAGER),
    ("network firewall policy firewall manager", FIREWALL_MANAGER),
    ("edge-optimized custom domain certificate us-east-1", API_GATEWAY_ACM),
    ("truststore s3 mutual tls api gateway", API_GATEWAY_ACM),
    ("acm certificate renewal dns validation", IN_FLIGHT),
    ("nlb tls listener termination", IN_FLIGHT),
    ("end-to-end encryption alb to targets", IN_FLIGHT),
    # How-do-I phrases.
    ("how do i let another account decrypt with my kms key", KMS),
    ("how do i stop a kms key from being used right now", KMS),
    ("how long before a deleted kms key is really gone", KMS),
    ("how do i see who used my kms key", KMS),
    ("how do i make every new object in my bucket encrypted with my own key", SERVER_SIDE),
    ("how do i reject uploads that are not sse-kms", SERVER_SIDE),
    ("how do i encrypt data before sending it to s3", CLIENT_SIDE),
    ("how do i encrypt an unencrypted rds database", STORAGE),
    ("how do i turn on encryption for all new ebs volumes", STORAGE),
    ("how do i replicate kms encrypted objects to another account", S3_REPLICATION),
    ("how do i share my encrypted ami with a partner", AMIS),
    ("how do i store an api key for my lambda function", SECRETS),
    ("how do i rotate a database password automatically", SECRETS),
    ("how do i turn on guardduty in all accounts", GUARDDUTY),
    ("how do i stop guardduty alerting on my own pen testing ip", GUARDDUTY),
    ("how do i scan my container images for vulnerabilities", INSPECTOR),
    ("how do i find credit card numbers in my buckets", MACIE),
    ("how do i apply waf rules to every account", FIREWALL_MANAGER),
    ("how do i use my own domain for an api gateway api", API_GATEWAY_ACM),
    ("how do i require client certificates on my api", API_GATEWAY_ACM),
    ("how do i get a free public certificate for my load balancer", IN_FLIGHT),
    ("which detective service should i use for what", THREAT_DETECTION),
    ("what is the difference between encryption in transit and at rest", DATA_PROTECTION),
    # Whole exam-style questions.
    (
        "A company must ensure that a KMS key used by a payroll application can be used only by "
        "requests that come through Amazon S3 in its own account. Which key policy condition "
        "should the security engineer add?",
        KMS,
    ),
    (
        "An application in account A must decrypt data with a customer managed key in account "
        "B. The key policy in account B allows account A. The application still gets "
        "AccessDenied. What else is needed?",
        KMS,
    ),
    (
        "A company stores log files in Amazon S3 and must be able to show auditors every use of "
        "the encryption key in AWS CloudTrail, with the key rotated every year. Which "
        "encryption option should the company choose?",
        SERVER_SIDE,
    ),
    (
        "A company uploads millions of small objects per hour to an SSE-KMS bucket and is "
        "throttled by AWS KMS request quotas. What should the company do to reduce the number "
        "of KMS requests?",
        SERVER_SIDE,
    ),
    (
        "A healthcare application must encrypt patient records before they leave the "
        "application servers, using a data key from AWS KMS, and must cache data keys to reduce "
        "KMS calls. Which tool should the developers use?",
        CLIENT_SIDE,
    ),
    (
        "A company has an unencrypted Amazon EBS volume attached to a production EC2 instance "
        "and must encrypt it with a customer managed KMS key. What steps should the engineer "
        "take?",
        STORAGE,
    ),
    (
        "A company must encrypt an existing unencrypted Amazon RDS for MySQL DB instance with "
        "minimal data loss. Which approach should it use?",
        STORAGE,
    ),
    (
        "A company replicates objects from a bucket in us-east-1 to a bucket in eu-west-1. "
        "Objects encrypted with SSE-KMS are not replicated, while SSE-S3 objects are. What "
        "must be added to the replication configuration?",
        S3_REPLICATION,
    ),
    (
        "A company shares an AMI with another account, but instances launched from it in the "
        "other account fail because the snapshot is encrypted with a customer managed key. "
        "What must the company do?",
        AMIS,
    ),
    (
        "A company needs to store database credentials for a Lambda function, rotate them "
        "every 30 days automatically and audit their use. Which service should it use?",
        SECRETS,
    ),
    (
        "A company wants to store configuration values and a few encrypted strings for its "
        "applications at no additional cost. Automatic rotation is not required. Which service "
        "meets these requirements?",
        SECRETS,
    ),
    (
        "A security team must be alerted when an EC2 instance communicates with a known "
        "command and control server. Which service detects this without agents?",
        GUARDDUTY,
    ),
    (
        "A company wants to be notified by email whenever Amazon GuardDuty generates a "
        "high-severity finding. Which combination of services should it use?",
        GUARDDUTY,
    ),
    (
        "A company must continuously scan its EC2 instances and Lambda functions for software "
        "vulnerabilities and unintended network exposure. Which service should it enable?",
        INSPECTOR,
    ),
    (
        "A company must identify which S3 buckets are publicly accessible or unencrypted and "
        "which contain personal data such as names and addresses. Which service meets these "
        "requirements?",
        MACIE,
    ),
    (
        "A company with many AWS accounts in AWS Organizations must make sure that every "
        "Application Load Balancer, including new ones, is protected by the same AWS WAF web "
        "ACL. Which service should it use?",
        FIREWALL_MANAGER,
    ),
    (
        "A company exposes a Regional REST API through a custom domain name and must use a "
        "certificate from AWS Certificate Manager. In which Region must the certificate be "
        "requested?",
        API_GATEWAY_ACM,
    ),
    (
        "A company must encrypt traffic between clients and its Application Load Balancer "
        "and also between the load balancer and its EC2 targets. What should it configure?",
        IN_FLIGHT,
    ),
    (
        "A company wants to use one delegated administrator account to manage GuardDuty, "
        "Inspector and Macie findings across the organization and see them in one place. "
        "Which approach meets these requirements?",
        THREAT_DETECTION,
    ),
    # Batch 39: written before any ranking was looked at.
    # Short keyword queries.
    ("kms key administrators vs key users", KMS),
    ("kms:ViaService ec2 region condition", KMS),
    ("asymmetric key public key download", KMS),
    ("kms key material origin external", KMS),
    ("hmac key generate mac", KMS),
    ("disable key vs schedule deletion", KMS),
    ("sse-s3 aes-256 default since 2023", SERVER_SIDE),
    ("sse-c https required", SERVER_SIDE),
    ("bucket policy deny PutObject without encryption header", SERVER_SIDE),
    ("aws managed key aws/s3 cross-account limitation", SERVER_SIDE),
    ("encryption sdk message format encrypted data key", CLIENT_SIDE),
    ("kms keyring discovery", CLIENT_SIDE),
    ("GenerateDataKey returns plaintext and encrypted copy", CLIENT_SIDE),
    ("ebs encryption by default per region", STORAGE),
    ("aurora cluster kms key cannot change", STORAGE),
    ("efs encryption in transit mount helper", STORAGE),
    ("rds read replica encryption same key", STORAGE),
    ("owner override replica ownership", S3_REPLICATION),
    ("ami launch permission organization unit", AMIS),
    ("copy shared ami into own account re-encrypt", AMIS),
    ("parameter store advanced tier 8 kb", SECRETS),
    ("secrets manager resource policy cross-account", SECRETS),
    ("guardduty finding severity levels", GUARDDUTY),
    ("guardduty s3 protection cloudtrail data events", GUARDDUTY),
    ("guardduty malware protection ebs snapshot scan", GUARDDUTY),
    ("inspector suppression rules findings", INSPECTOR),
    ("inspector activation delegated administrator", INSPECTOR),
    ("macie custom data identifier regex keywords", MACIE),
    ("macie findings eventbridge security hub", MACIE),
    ("macie bucket inventory public buckets", MACIE),
    ("route 53 resolver dns firewall policy organization", FIREWALL_MANAGER),
    ("api gateway tls 1.2 security policy", API_GATEWAY_ACM),
    ("imported certificate renewal acm", IN_FLIGHT),
    ("cloudfront viewer certificate us-east-1", IN_FLIGHT),
    # A learner's own questions.
    ("can i change the kms key of an existing ebs volume", STORAGE),
    ("why does my replica not have the same encryption as the source", S3_REPLICATION),
    ("what is the difference between a key policy and a grant", KMS),
    ("does aws rotate aws managed keys automatically", KMS),
    ("is sse-s3 enough for compliance audits", SERVER_SIDE),
    ("when should i use client side encryption instead of sse-kms", CLIENT_SIDE),
    ("where should i keep my database password", SECRETS),
    ("does guardduty need vpc flow logs turned on", GUARDDUTY),
    ("does inspector need the ssm agent", INSPECTOR),
    ("can macie scan dynamodb or rds", MACIE),
    ("what does firewall manager cost and what does it need first", FIREWALL_MANAGER),
    ("why is my acm certificate not showing in api gateway", API_GATEWAY_ACM),
    ("what tls version should my load balancer use", IN_FLIGHT),
    ("which service finds sensitive data vs threats vs vulnerabilities", THREAT_DETECTION),
    ("which topics of the security specialty exam do these notes cover", EXAM_MAP),
    ("where are all the practice questions", PRACTICE),
    # Whole exam-style questions.
    (
        "A company must prevent any IAM principal from using a KMS key unless the request "
        "comes from an AWS service in a specific Region. Which condition key should be used in "
        "the key policy?",
        KMS,
    ),
    (
        "A company imports its own key material into AWS KMS and must be able to delete the key "
        "material immediately when needed while keeping the KMS key. Which feature supports "
        "this?",
        KMS,
    ),
    (
        "A company must encrypt objects in Amazon S3 with keys that it manages outside AWS and "
        "supplies with every request. AWS must not store the keys. Which option should it use?",
        SERVER_SIDE,
    ),
    (
        "A company must make sure that uploads to an S3 bucket are rejected unless they use "
        "SSE-KMS with a specific customer managed key. What should the security engineer "
        "configure?",
        SERVER_SIDE,
    ),
    (
        "A developer must encrypt large files locally with a unique data key per file and store "
        "the encrypted data key with the file. Which AWS KMS API should the application call?",
        CLIENT_SIDE,
    ),
    (
        "A company has hundreds of unencrypted EBS snapshots and must make sure that all future "
        "volumes in the account are encrypted automatically. What should the company do?",
        STORAGE,
    ),
    (
        "A company must enable encryption at rest for an Amazon EFS file system that is already "
        "in use. What must the company do?",
        STORAGE,
    ),
    (
        "A company replicates S3 objects to a bucket owned by another account and wants the "
        "destination account to own the replicas. Which replication setting should it use?",
        S3_REPLICATION,
    ),
    (
        "A company copies an AMI that another account shared with it. The AMI's snapshots are "
        "encrypted with the sharing account's customer managed key. Which permissions does the "
        "copying account need?",
        AMIS,
    ),
    (
        "A company stores a third-party API key that must be rotated every 90 days by a custom "
        "Lambda function, with the rotation history auditable. Which service should it use?",
        SECRETS,
    ),
    (
        "A security team wants GuardDuty to stop raising findings for traffic from the "
        "company's own vulnerability scanner while still recording them. What should the team "
        "configure?",
        GUARDDUTY,
    ),
    (
        "A company wants to detect suspicious processes and file access inside its Amazon EKS "
        "containers at runtime. Which GuardDuty feature should it enable?",
        GUARDDUTY,
    ),
    (
        "A company must scan container images in Amazon ECR when they are pushed and again "
        "when new CVEs are published. Which service and setting meet this requirement?",
        INSPECTOR,
    ),
    (
        "A company must find EC2 instances that are reachable from the internet on open ports "
        "without installing an agent. Which Amazon Inspector capability should it use?",
        INSPECTOR,
    ),
    (
        "A company wants Macie to stop reporting a specific test value that looks like a credit "
        "card number in its S3 objects. What should the security engineer create?",
        MACIE,
    ),
    (
        "A company wants continuous, low-cost visibility into where sensitive data lives "
        "across all its S3 buckets without configuring individual jobs. Which Macie feature "
        "should it use?",
        MACIE,
    ),
    (
        "A company wants security groups in all accounts of its organization checked for rules "
        "that allow 0.0.0.0/0 on SSH, and non-compliant rules removed automatically. Which "
        "service should it use?",
        FIREWALL_MANAGER,
    ),
    (
        "A company uses an edge-optimized API Gateway endpoint in eu-west-1 with a custom "
        "domain name. The ACM certificate in eu-west-1 cannot be selected. What should the "
        "company do?",
        API_GATEWAY_ACM,
    ),
    (
        "A company wants its API clients to authenticate with X.509 certificates issued by its "
        "private CA when they call a Regional REST API. What should it configure?",
        API_GATEWAY_ACM,
    ),
    (
        "A company must make sure that connections to its Amazon RDS for PostgreSQL database "
        "are always encrypted in transit. What should the database administrator configure?",
        IN_FLIGHT,
    ),
    (
        "A company wants to know which AWS service to use for each of three problems: stolen "
        "credentials being used, unpatched software on instances and PII in S3 buckets. "
        "Which services should it choose?",
        THREAT_DETECTION,
    ),
    # Batch 40: written before any ranking was looked at, each page judged from its content.
    # Short keyword queries.
    ("cloudfront mtls passthrough mode", IN_FLIGHT),
    ("transit gateway encryption support", IN_FLIGHT),
    ("vpc encryption controls enforce mode", IN_FLIGHT),
    ("kms grant service principal sourcearn", KMS),
    ("guardduty delegated administrator per region", GUARDDUTY),
    ("ai protection bedrock guardduty", GUARDDUTY),
    ("inspector network reachability every 12 hours", INSPECTOR),
    ("macie automated sensitive data discovery defaults", MACIE),
    ("secrets manager cross-account replica customer managed key", SECRETS),
    ("firewall manager revoke administrator policies deleted", FIREWALL_MANAGER),
    ("parameter store parameter policies expiration", SECRETS),
    ("dsse-kms bucket keys not supported", SERVER_SIDE),
    ("s3 replication metrics failure notifications without rtc", S3_REPLICATION),
    ("ami block public access new accounts", AMIS),
    ("aurora encrypted by default february 2026", STORAGE),
    ("dynamodb global table customer managed key", STORAGE),
    ("efs-utils efs-proxy tls", STORAGE),
    ("acm certificate expiry eventbridge 45 days", IN_FLIGHT),
    ("elb default security policy console vs cli", IN_FLIGHT),
    ("api gateway routing rules custom domain", API_GATEWAY_ACM),
    ("disable execute-api endpoint 403", API_GATEWAY_ACM),
    ("kms on-demand rotation 25 limit", KMS),
    ("kms request quota 10000 shared", KMS),
    ("ml-dsa kms signing keys", KMS),
    # A learner's own questions.
    ("why does my cross-account kms decrypt fail even though the key policy allows the account", KMS),
    ("can i replicate sse-c objects now", S3_REPLICATION),
    ("does macie scan objects encrypted with sse-c", MACIE),
    ("guardduty findings older than 90 days where do they go", GUARDDUTY),
    ("what happens to inspector findings when i fix the vulnerability", INSPECTOR),
    ("can i share an ami encrypted with aws/ebs", AMIS),
    ("which kms key does a restored rds snapshot in another account use", STORAGE),
    ("how do i force tls on an s3 bucket", IN_FLIGHT),
    ("how often does secrets manager rotate rds passwords by default", SECRETS),
    ("does firewall manager need aws config", FIREWALL_MANAGER),
    ("why encrypt a data key with another key", CLIENT_SIDE),
    ("what's the difference between sse-s3 and sse-kms", SERVER_SIDE),
    ("where do i download the pdf of the notes", HOME),
    ("which exam domain covers macie", EXAM_MAP),
    ("flashcards anki download", HOME),
    # Exam-style stems.
    (
        "A company must ensure that traffic between two VPCs connected through a transit gateway "
        "is encrypted in transit without managing TLS in the applications. What should the "
        "company do?",
        IN_FLIGHT,
    ),
    (
        "A company places CloudFront in front of an origin that already validates client "
        "certificates. The company wants CloudFront to forward client certificates without "
        "validating them at the edge. Which configuration meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "An AWS service must use a customer managed KMS key on behalf of one specific resource "
        "only. How should the key owner grant access with the least privilege?",
        KMS,
    ),
    (
        "A security engineer needs GuardDuty findings for suspicious Amazon Bedrock model "
        "invocations. Which protection plan should be enabled?",
        GUARDDUTY,
    ),
    (
        "A company must receive an alert when S3 replication fails for any object, without "
        "paying for S3 Replication Time Control. What should the company configure?",
        S3_REPLICATION,
    ),
    (
        "A company wants to share a database credential with another AWS account in the same "
        "Region so that the other account has its own copy with its own resource policy. What "
        "should the company use?",
        SECRETS,
    ),
    (
        "A company's Firewall Manager administrator account is being removed. What happens to "
        "the policies it created?",
        FIREWALL_MANAGER,
    ),
    (
        "A company needs to see which EC2 instances have ports reachable from the internet and "
        "which software packages have CVEs. Which service provides both?",
        INSPECTOR,
    ),
    (
        "A company wants Macie findings for sensitive data published to Security Hub. What must "
        "be changed from the default?",
        MACIE,
    ),
    (
        "A company must prevent new EBS volumes from being created unencrypted in every Region "
        "it uses. What should it do?",
        STORAGE,
    ),
    (
        "A company needs new S3 buckets to reject requests that specify SSE-C. What is the "
        "default behaviour for buckets created after April 2026?",
        SERVER_SIDE,
    ),
    (
        "A company encrypts data with the AWS Encryption SDK and must allow a partner's KMS key "
        "to decrypt the same message. What should be used?",
        CLIENT_SIDE,
    ),
    (
        "A company wants to launch instances in account B from an AMI in account A whose "
        "snapshots are encrypted with a customer managed key. What must account A do?",
        AMIS,
    ),
    (
        "An API Gateway REST API with a custom domain must use TLS 1.3 only. What should be "
        "configured?",
        API_GATEWAY_ACM,
    ),
    (
        "A company must choose between GuardDuty, Inspector and Macie for detecting crypto "
        "mining on EC2 instances. Which one fits?",
        THREAT_DETECTION,
    ),
    # Mixed topics and the site itself.
    ("guardduty s3 malware protection vs macie", THREAT_DETECTION),
    ("secrets manager kms key policy cross account", SECRETS),
    ("s3 bucket key replication kms decrypt", S3_REPLICATION),
    ("ebs encryption by default auto scaling service-linked role", STORAGE),
    ("acm certificate us-east-1 edge-optimized api", API_GATEWAY_ACM),
    ("print cheat sheet letter size", CHEAT_SHEET),
    ("practice questions by domain", PRACTICE),
    ("what does dhmc stand for", GLOSSARY),
    # Batch 41: written before any ranking was looked at, each page judged from its content.
    # Short keyword queries.
    ("rotatekeyondemand 25 rotations", KMS),
    ("xks external key store proxy", KMS),
    ("require_secure_transport mysql parameter", IN_FLIGHT),
    ("s3:tlsversion deny below 1.2", IN_FLIGHT),
    ("x-amz-server-side-encryption-customer-key-md5", SERVER_SIDE),
    ("updateobjectencryption batch operations", SERVER_SIDE),
    ("aurora encrypted by default 2026", STORAGE),
    ("ssekmsencryptedobjects replicakmskeyid", S3_REPLICATION),
    ("s3 rtc sla replication metrics", S3_REPLICATION),
    ("createvolumepermission copyimage fails", AMIS),
    ("ec2:sharedtag ami tags", AMIS),
    ("rds_data_risk data activity monitoring", GUARDDUTY),
    ("ecr re-scan duration 14 days", INSPECTOR),
    ("cyclonedx spdx sbom export", INSPECTOR),
    ("policy:iamuser/s3bucketencryptiondisabled", MACIE),
    ("fortigate cloud-native firewall", FIREWALL_MANAGER),
    ("disableexecuteapiendpoint 403", API_GATEWAY_ACM),
    ("saa-c03 secure architecture task statements", EXAM_MAP),
    ("print cheat sheet a4", CHEAT_SHEET),
    ("acronym list abbreviations", GLOSSARY),
    ("download offline copy of the notes", HOME),
    # A learner's own questions.
    ("can i read these notes offline or as a pdf?", HOME),
    ("how do i switch between light and dark mode on this site", HOME),
    ("whats the difference between encryption in transit at rest and client side",
     DATA_PROTECTION),
    ("can i get a kms key back after scheduling it for deletion", KMS),
    ("why do i get accessdeniedexception from kms when my iam policy allows decrypt tho", KMS),
    ("does tls really stop man in the middle attacks?", IN_FLIGHT),
    ("i sent aws:kms but got aws/s3 instead of my bucket default key, why", SERVER_SIDE),
    ("why cant i just call kms encrypt on a big file", CLIENT_SIDE),
    ("does dynamodb encrypt tables by default or do i have to turn it on", STORAGE),
    ("how do i make every new ebs volume encrypted automaticly", STORAGE),
    ("my sse-s3 objects replicate but the kms ones dont, what am i missing", S3_REPLICATION),
    ("partner account can see my shared ami but instances wont launch", AMIS),
    ("which is cheaper, parameter store or secrets manager?", SECRETS),
    ("do i have to enable vpc flow logs or a trail for guardduty to work", GUARDDUTY),
    ("do i still need to set up assesment runs in inspector", INSPECTOR),
    ("will macie scan my dynamodb tables for personal data", MACIE),
    ("who is allowed to create firewall manager administrators", FIREWALL_MANAGER),
    ("why doesnt my acm certifcate show up for my edge optimized custom domain", API_GATEWAY_ACM),
    ("what does the new scs-c03 exam ask that c02 didnt", EXAM_MAP),
    ("where are all the practice questions grouped by domain", PRACTICE),
    # Exam-style stems.
    (
        "A company must rotate the key material of a customer managed KMS key every 120 days. "
        "The key ID, ARN and aliases must not change, and no custom code may be written. "
        "What should a security engineer do?",
        KMS,
    ),
    (
        "A company encrypts Amazon S3 objects and Amazon EBS volumes with AWS KMS. "
        "A new regulation requires that the key material never be stored in AWS, and the "
        "company already runs a key manager in its own data center. Which solution meets "
        "these requirements while the services keep encrypting through KMS?",
        KMS,
    ),
    (
        "A company runs a web application on EC2 instances behind a load balancer. "
        "Security rules require that TLS terminate on the instances and that the load "
        "balancer never decrypt the traffic. Which load balancer configuration meets this "
        "requirement?",
        IN_FLIGHT,
    ),
    (
        "A company runs Amazon RDS for PostgreSQL 14. An audit found that some clients connect "
        "without TLS, although the DB instance is encrypted with a KMS key. "
        "How can the company make the database refuse unencrypted connections?",
        IN_FLIGHT,
    ),
    (
        "A company's policy says every object uploaded to an S3 bucket must be encrypted with "
        "one specific customer managed KMS key. Uploads that name another key must be "
        "rejected. Which bucket policy statement meets this requirement?",
        SERVER_SIDE,
    ),
    (
        "A company stores encrypted reports that two partner companies must both read. "
        "Each partner must decrypt with a KMS key in its own AWS account, and the company "
        "does not want to store a separate copy for each partner. "
        "Which solution meets these requirements?",
        CLIENT_SIDE,
    ),
    (
        "A company stores shared files on an Amazon EFS file system that was created without "
        "encryption at rest. A new policy requires encryption at rest under a customer "
        "managed key. What should the company do?",
        STORAGE,
    ),
    (
        "A company's DynamoDB tables use the default AWS owned key. Auditors now require that "
        "every use of the tables' encryption key appear in CloudTrail and that the security "
        "team control the key policy. Which solution meets these requirements with the "
        "LEAST operational overhead?",
        STORAGE,
    ),
    (
        "A company replicates objects from an S3 bucket in account A to a bucket in "
        "account B. The security team in account B must own every replica without managing "
        "ACLs. What should the company configure?",
        S3_REPLICATION,
    ),
    (
        "A company replicates SSE-KMS objects between two Regions. After S3 Bucket Keys were "
        "turned on, replication started failing, although the replication role still has "
        "kms:Encrypt on the destination key. What is the most likely cause?",
        S3_REPLICATION,
    ),
    (
        "A company wants every account in one organizational unit to launch EC2 instances "
        "from an AMI whose snapshots are encrypted with a customer managed KMS key. "
        "Which combination of steps meets this requirement with the LEAST effort?",
        AMIS,
    ),
    (
        "A company turned on Secrets Manager rotation for an Amazon RDS secret. The rotation "
        "Lambda function runs in a private subnet that has no internet access, and rotation "
        "fails with timeouts. What should a security engineer do?",
        SECRETS,
    ),
    (
        "An application caches database credentials in its connection pool. When Secrets "
        "Manager rotates the secret, the application must refresh the pool as soon as the "
        "new value takes effect. Which solution meets this requirement?",
        SECRETS,
    ),
    (
        "A company runs its own vulnerability scanner on an EC2 instance with a private IP "
        "address. GuardDuty raises Recon:EC2/Portscan findings for the scanner every day. "
        "How can the team stop these findings from reaching EventBridge while keeping "
        "all others?",
        GUARDDUTY,
    ),
    (
        "A company has 50 accounts in AWS Organizations and operates in only two Regions. "
        "It worries that stolen access keys could be used to launch resources in Regions it "
        "never uses. Which solution detects this with the LEAST operational overhead?",
        GUARDDUTY,
    ),
    (
        "A company must check the operating systems of its SSM-managed EC2 instances against "
        "CIS hardening benchmarks every week. Which solution meets this requirement with "
        "the LEAST operational overhead?",
        INSPECTOR,
    ),
    (
        "A company uses Amazon Macie automated sensitive data discovery. Files in S3 contain "
        "employee numbers in an internal format, but Macie never reports them. "
        "What should a security engineer do?",
        MACIE,
    ),
    (
        "A company must stop every VPC in all accounts of its organization from resolving "
        "domains on a list of known malware sites, including VPCs in accounts created "
        "later. Which solution meets these requirements?",
        FIREWALL_MANAGER,
    ),
    (
        "A company's Regional REST API uses mutual TLS on its custom domain name. A new rule "
        "requires a TLS 1.3-only enhanced security policy, but the engineer cannot select "
        "one for the domain. What is the reason?",
        API_GATEWAY_ACM,
    ),
    (
        "A company runs GuardDuty, Inspector and Macie in all accounts. The security team "
        "wants one prioritized view that correlates vulnerabilities, reachability from the "
        "internet and sensitive data to show which resources are most at risk. "
        "Which service should the team use?",
        THREAT_DETECTION,
    ),
    # Mixed topics and the site itself.
    ("guardduty vs inspector vs macie which service", THREAT_DETECTION),
    ("security hub cspm vs security hub exposure findings", THREAT_DETECTION),
    ("encryption in flight vs at rest vs client-side who holds the keys", DATA_PROTECTION),
    ("tls plus sse plus client side encryption as layers together", DATA_PROTECTION),
    ("firewall manager and api gateway certificates overview", EDGE),
    ("organization firewall policies and custom domain tls section", EDGE),
    ("practice questions ordering and matching item types", PRACTICE),
    ("what do abbreviations like dek kek and cmk stand for", GLOSSARY),
    ("one page exam keywords summary for last minute revision", CHEAT_SHEET),
    ("macie skips sse-kms objects key policy", MACIE),
    ("secrets manager cross-account aws/secretsmanager key", SECRETS),
    ("firewall manager shield advanced policy elastic ip addresses", FIREWALL_MANAGER),
    ("mutual tls regional custom domain truststore s3", API_GATEWAY_ACM),
    ("topics not covered yet like security lake and identity center", EXAM_MAP),
    ("envelope encryption data key caching encryption sdk", CLIENT_SIDE),
    # Batch 42: written before any ranking was looked at, each page judged from its content.
    # Short queries.
    ("kms:schedulekeydeletionpendingwindowindays minimum", KMS),
    ("rotatekeyondemand 25 limit", KMS),
    ("require_secure_transport mysql", IN_FLIGHT),
    ("rds.force_ssl postgres 15 default", IN_FLIGHT),
    ("x-amz-server-side-encryption-customer-key-md5 header", SERVER_SIDE),
    ("updateobjectencryption in place", SERVER_SIDE),
    ("aws kms discovery keyring", CLIENT_SIDE),
    ("copyvolumes encrypted copy", STORAGE),
    ("elasticfilesystem:encrypted scp", STORAGE),
    ("replicakmskeyid alias", S3_REPLICATION),
    ("s3 rtc 15 minutes sla", S3_REPLICATION),
    ("modify-image-attribute launch-permission", AMIS),
    ("ParameterMaxVersionLimitExceeded parameter store", SECRETS),
    ("secrets manger rotateimmediately", SECRETS),
    ("impact:rds/anomalousbehavior.drop finding", GUARDDUTY),
    ("guardduty trusted entity list", GUARDDUTY),
    ("inspectr vm scanner", INSPECTOR),
    ("ecr re-scan duration last pull date", INSPECTOR),
    ("policy:iamuser/s3bucketreplicatedexternally meaning", MACIE),
    ("fms third party firewall default admin", FIREWALL_MANAGER),
    ("disableExecuteApiEndpoint bypass custom domain", API_GATEWAY_ACM),
    ("SecurityPolicy_TLS13_2025_EDGE api gateway", API_GATEWAY_ACM),
    ("anki flashcards download", HOME),
    ("acronyms and abbreviations list", GLOSSARY),
    ("cheat sheet a4 two pages", CHEAT_SHEET),
    # A learner's own questions.
    ("is it true aws managed keys rotate every three years", KMS),
    (
        "why does my role get AccessDeniedException on kms decrypt even with "
        "AdministratorAccess",
        KMS,
    ),
    ("can i reuse one acm certificate for load balancers in two regions", IN_FLIGHT),
    (
        "does turning on default encryption re-encrypt the objects already in my bucket",
        SERVER_SIDE,
    ),
    (
        "why is storing the encrypted data key next to the ciphertext not a security hole",
        CLIENT_SIDE,
    ),
    ("can two partners each decrypt one stored copy with their own kms key", CLIENT_SIDE),
    (
        "why did my auto scaling group stop launching after i switched the volumes to a "
        "customer managed key",
        STORAGE,
    ),
    ("is it true that sse-c objects are never replicated", S3_REPLICATION),
    ("why can account b launch from my shared ami but copy-image fails", AMIS),
    ("can i get a deleted secrets manager secret back", SECRETS),
    ("do i have to enable vpc flow logs before guardduty can use them", GUARDDUTY),
    ("why did a suppression rule hide part of a guardduty attack sequence", GUARDDUTY),
    ("why does my ubuntu instance have no amazon inspector score", INSPECTOR),
    ("can macie read objects encrypted with sse-c or a customer managed key", MACIE),
    (
        "why can't my full-scope firewall manager admin create a palo alto firewall policy",
        FIREWALL_MANAGER,
    ),
    (
        "why doesn't my eu-west-1 certificate show up for the edge-optimized custom domain",
        API_GATEWAY_ACM,
    ),
    ("is there one page with all the practice questions grouped by domain", PRACTICE),
    ("which scs-c03 topics do these notes not cover", EXAM_MAP),
    ("which of guardduty, inspector or macie needs an agent", THREAT_DETECTION),
    ("can i read these notes offline on a plane", HOME),
    # Exam-style stems.
    (
        "A company must keep the key material of its encryption keys in single-tenant HSMs "
        "that it controls. Amazon S3 and Amazon EBS must still encrypt data through AWS KMS, "
        "and a consultant suggests calling AWS CloudHSM through the PKCS #11 library or using "
        "an external key store. Which solution meets these requirements with the LEAST "
        "operational overhead?",
        KMS,
    ),
    (
        "A security engineer scheduled a customer managed KMS key for deletion with a 30-day "
        "waiting period. Two days later an application that still encrypts data with the key "
        "starts failing, and a colleague suggests restoring from AWS Backup or importing new "
        "key material. What should the engineer do to restore the application?",
        KMS,
    ),
    (
        "A company runs a payment application on EC2 instances behind a load balancer. "
        "Auditors require that TLS ends only on the instances, which hold the certificate, "
        "and an architect suggests AWS WAF or SSE-KMS on the stored data. Which load balancer "
        "configuration meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "A company uploads objects to an Amazon S3 bucket with the header "
        "x-amz-server-side-encryption set to aws:kms but no key ID. The bucket default names "
        "a customer managed key, yet CloudTrail shows that aws/s3 was used, and the team "
        "suspects S3 Bucket Keys or replication. Why did this happen?",
        SERVER_SIDE,
    ),
    (
        "A company must meet a government standard that requires two independent layers of "
        "encryption at rest for objects in Amazon S3. The developers suggest client-side "
        "encryption with the AWS Encryption SDK or SSE-C. Which option meets the requirement "
        "with the LEAST development effort?",
        SERVER_SIDE,
    ),
    (
        "A company must encrypt 2 MB report files with a KMS key before they leave its "
        "application servers. A developer calls the KMS Encrypt API directly and gets a "
        "validation error, and a colleague suggests a quota increase in Service Quotas or "
        "switching to SSE-S3. What should the developer do?",
        CLIENT_SIDE,
    ),
    (
        "A company stores payroll files on an unencrypted Amazon EFS file system. An auditor "
        "requires encryption at rest with a customer managed key, and an engineer proposes "
        "mounting with the tls option or adding an aws:SecureTransport file system policy. "
        "What should the company do?",
        STORAGE,
    ),
    (
        "A company turned on EBS encryption by default in us-east-1 last month, but AWS "
        "Config still reports unencrypted EBS volumes there and in eu-west-1. A team member "
        "suggests enabling Amazon Macie or rotating the aws/ebs key. What explains the "
        "findings, and what should the company do?",
        STORAGE,
    ),
    (
        "A company replicates SSE-KMS objects from a bucket in account A to a bucket in "
        "account B. The replication rule names the destination key by its alias and was saved "
        "with 200 OK, but replicas never arrive; the team suspects S3 Object Lock or Amazon "
        "Macie. What is the most likely cause?",
        S3_REPLICATION,
    ),
    (
        "A company added S3 replication to a busy bucket whose objects are encrypted with "
        "SSE-KMS. Replication now fails for many objects with HTTP 503 errors, and an "
        "engineer proposes S3 Replication Time Control or DSSE-KMS. Which action should the "
        "security engineer take FIRST?",
        S3_REPLICATION,
    ),
    (
        "A company shares an AMI with a partner account, and the AMI's snapshots are "
        "encrypted with the AWS managed key aws/ebs. The partner sees the AMI but cannot "
        "launch it; an engineer suggests editing the aws/ebs key policy or making the AMI "
        "public. What should the company do?",
        AMIS,
    ),
    (
        "A company keeps 2,000 small feature flags and several database passwords in AWS. The "
        "passwords must rotate every 30 days and the flags must add no extra charge; a "
        "developer suggests AWS Secrets Manager for everything or encrypted Lambda "
        "environment variables. Which combination meets these requirements at the LOWEST "
        "cost?",
        SECRETS,
    ),
    (
        "A company rotates an Amazon RDS password with an AWS Secrets Manager rotation Lambda "
        "function that runs in private subnets with no internet access. Every rotation times "
        "out, and the team considers raising the function's memory or moving to Parameter "
        "Store. Which change fixes the rotation?",
        SECRETS,
    ),
    (
        "A company must be alerted when temporary credentials from an EC2 instance role are "
        "used from outside AWS. The team is considering Amazon Inspector and Amazon Macie. "
        "Which service and finding type meet this requirement?",
        GUARDDUTY,
    ),
    (
        "A company runs Amazon RDS for PostgreSQL and fears that a stolen database password "
        "could be used to read far more rows than usual or drop tables. The team considers "
        "Amazon Inspector and AWS Config rules. Which solution detects this activity without "
        "an agent on the database?",
        GUARDDUTY,
    ),
    (
        "A company must produce a software bill of materials in SPDX format for its container "
        "images in Amazon ECR and store it in Amazon S3. The team considers AWS Config and "
        "Amazon Macie. Which solution meets the requirement with the LEAST effort?",
        INSPECTOR,
    ),
    (
        "A company created an Amazon Macie custom data identifier for its employee ID format "
        "last week, but no findings report the IDs although many S3 objects contain them. "
        "GuardDuty S3 Protection is also enabled in the account. Why are there still no "
        "findings for the employee IDs?",
        MACIE,
    ),
    (
        "A company with 80 accounts in AWS Organizations must stop every VPC from resolving a "
        "list of known malware domains, including VPCs created later. The team considers "
        "GuardDuty threat lists and AWS WAF rules in each account. Which solution meets this "
        "requirement with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A company exposes a Regional REST API to IoT devices that present client "
        "certificates from its private certificate authority. A developer sets "
        "SecurityPolicy_TLS13_1_3_2025_09 on the mutual TLS custom domain name to allow only "
        "TLS 1.3, and the change is rejected; a colleague blames CloudFront or the "
        "truststore. Why was it rejected?",
        API_GATEWAY_ACM,
    ),
    (
        "A company runs GuardDuty, Inspector and Macie in 40 accounts and wants all three "
        "managed from one dedicated Security Tooling account instead of the management "
        "account. The team considers an AWS Config aggregator and Amazon Detective. How "
        "should the company set this up?",
        THREAT_DETECTION,
    ),
    # Mixed topics and the site itself.
    ("tls vs sse vs client-side encryption who holds the keys", DATA_PROTECTION),
    ("should i use tls, server-side and client-side encryption together", DATA_PROTECTION),
    ("firewall manager and api gateway certificates section overview", EDGE),
    ("edge and governance overview fms vs api gateway mtls", EDGE),
    ("what does xks stand for glossary", GLOSSARY),
    ("one page summary to print the night before the exam", CHEAT_SHEET),
    ("practice questions grouped by scs-c03 domain with answers explained", PRACTICE),
    ("exam map which pages cover domain 4 identity and access management", EXAM_MAP),
    ("kms key policy statement to share an encrypted ami with another account", AMIS),
    ("macie finding when default encryption reset to sse-s3", MACIE),
    ("shield advanced route 53 hosted zones firewall manager", FIREWALL_MANAGER),
    ("cloudfront viewer mtls optional mode", IN_FLIGHT),
    ("inspector sbom generator codebuild scan image before push", INSPECTOR),
    ("security hub cspm vs newer security hub exposure findings", THREAT_DETECTION),
    ("how to use the search box and keyboard shortcut on this site", HOME),
    # Batch 43: written before any ranking was looked at, each page judged from its content.
    # Short queries.
    ("accessdeniedexception kms decrypt despite iam allow", KMS),
    ("invalidciphertextexception wrong encryption context", KMS),
    ("kms encrypt fails file larger than 4kb", CLIENT_SIDE),
    ("putobject sse-c headers 403 since april 2026", SERVER_SIDE),
    ("cloudfront 502 bad gateway self signed origin", IN_FLIGHT),
    ("require_secure_transport mysql rds", IN_FLIGHT),
    ("ebs encrypton by defualt kms key disabled launch fails", STORAGE),
    ("copydbclustersnapshot unencrypted aurora error", STORAGE),
    ("replicakmskeyid alias wrong key", S3_REPLICATION),
    ("replication 503 errors kms", S3_REPLICATION),
    ("copyimage fails shared encrypted ami", AMIS),
    ("fms policy not applied to new account auto remediation", FIREWALL_MANAGER),
    ("parametermaxversionlimitexceeded when updating parameter", SECRETS),
    ("securestring value comes back encrypted", SECRETS),
    ("guardduty no dns findings own resolver", GUARDDUTY),
    ("instancecredentialexfiltration outsideaws", GUARDDUTY),
    ("inspector ecr image marked inactive", INSPECTOR),
    ("inspector clasic assessment template", INSPECTOR),
    ("macie custom data identifier not used", MACIE),
    ("macie skipped sse-kms objects key policy", MACIE),
    ("firewall manager policy noncompliant aws config not recording", FIREWALL_MANAGER),
    ("execute-api 403 forbidden private dns", API_GATEWAY_ACM),
    ("scs-c03 domian weightings", EXAM_MAP),
    ("glossary acronyms list", GLOSSARY),
    ("practise questions ordering matching", PRACTICE),
    # A learner's own questions.
    ("i cancelled the key deletion but decrypt still fails, what else do i need to do", KMS),
    (
        "why does aws s3 cp with --sse aws:kms use aws/s3 and not my bucket default key",
        SERVER_SIDE,
    ),
    (
        "why did my kms condition on the object arn stop matching after enabling bucket keys",
        SERVER_SIDE,
    ),
    ("why is my s3 bucket still answering plain http requests", IN_FLIGHT),
    ("my acm certificate on the load balancer was not renewed, what could be wrong", IN_FLIGHT),
    ("can the aws encryption sdk discovery keyring be used to encrypt", CLIENT_SIDE),
    (
        "does decrypt fail if the encryption context pairs are in a different order",
        CLIENT_SIDE,
    ),
    (
        "i turned on ebs encryption by default so why are my existing volumes still unencrypted",
        STORAGE,
    ),
    ("why can't the other account restore the encrypted rds snapshot i shared with it", STORAGE),
    (
        "why are sse-s3 objects replicating but my sse-kms objects never show up",
        S3_REPLICATION,
    ),
    ("how do i replicate objects that were already in the bucket before the rule", S3_REPLICATION),
    ("account b sees the shared ami but the instance launch fails, what is missing", AMIS),
    ("why can't another account read my secret encrypted with aws/secretsmanager", SECRETS),
    ("my secrets manager rotation lambda in a private subnet keeps failing, why", SECRETS),
    ("why does guardduty no longer see getobject and deleteobject calls on my buckets", GUARDDUTY),
    ("why do my suppressed guardduty findings never reach eventbridge", GUARDDUTY),
    ("why does the same cve have a lower inspector score on one of my instances", INSPECTOR),
    ("why don't my macie sensitive data findings appear in security hub", MACIE),
    ("why can clients skip my mutual tls by calling the execute-api url", API_GATEWAY_ACM),
    ("where can i print a two page summary of every exam fact", CHEAT_SHEET),
    # Exam-style stems.
    (
        "A company replaced the key policy of a customer managed KMS key with a custom policy "
        "that names only the security team's role. A developer role with AdministratorAccess "
        "now gets AccessDeniedException when it calls kms:Decrypt, although IAM Access Analyzer "
        "shows the IAM policy allows it. What should the company do?",
        KMS,
    ),
    (
        "A company added a condition to its KMS key policy that allows use of the key only "
        "through its interface VPC endpoint with aws:SourceVpce. Since then, uploads to an S3 "
        "bucket that uses SSE-KMS with that key fail, while direct calls from the VPC succeed. "
        "AWS CloudHSM is not in use. What is the cause?",
        KMS,
    ),
    (
        "A company runs a web application behind a load balancer. Compliance rules say the "
        "load balancer must never decrypt the traffic and TLS must terminate on the EC2 "
        "instances. An Application Load Balancer and Amazon CloudFront were considered. "
        "Which solution meets these requirements?",
        IN_FLIGHT,
    ),
    (
        "A company's S3 bucket policy denies s3:PutObject when s3:x-amz-server-side-encryption "
        "is not aws:kms. The bucket's default encryption is SSE-KMS, yet uploads that send no "
        "encryption header are rejected with AccessDenied. Amazon Macie and AWS Config show no "
        "issues. Why are the uploads rejected?",
        SERVER_SIDE,
    ),
    (
        "A company stores one encrypted copy of each file and must let two partner companies "
        "decrypt it, each with a KMS key in its own AWS account. The company does not want to "
        "store the data twice with S3 Replication or SSE-KMS. Which approach meets these "
        "requirements?",
        CLIENT_SIDE,
    ),
    (
        "A company's EC2 Auto Scaling group uses a launch template whose EBS volumes are "
        "encrypted with a customer managed KMS key. New instances fail to launch, while the same "
        "template works when an administrator launches instances by hand. GuardDuty and "
        "Inspector report nothing. What should the company do?",
        STORAGE,
    ),
    (
        "A company's DynamoDB table is encrypted with the default AWS owned key. Auditors now "
        "require every use of the table's key in CloudTrail and a key policy the security team "
        "controls, with no downtime. Amazon Macie and AWS CloudHSM were proposed. "
        "What should the company do?",
        STORAGE,
    ),
    (
        "A company replicates objects from a bucket in account A to a bucket in account B. "
        "The replicas arrive, but users in account B get AccessDenied when they read them "
        "because account A still owns them. AWS RAM and a bucket ACL script were suggested. "
        "What is the simplest fix?",
        S3_REPLICATION,
    ),
    (
        "A company replicates SSE-KMS objects to another Region. After S3 Bucket Keys were turned "
        "on, replication stopped. The replication role has kms:Decrypt on the source key and "
        "kms:Encrypt on the destination key. GuardDuty shows nothing unusual. "
        "What must the company change?",
        S3_REPLICATION,
    ),
    (
        "A company must share an AMI with a partner account. The AMI's snapshots are encrypted "
        "with the AWS managed key aws/ebs. An engineer suggests sharing it through AWS RAM or "
        "AWS Firewall Manager. Which steps will let the partner launch instances from it?",
        AMIS,
    ),
    (
        "A company tries to delete an AWS Secrets Manager secret that is replicated to two other "
        "Regions, and the request fails. The secret is not stored in Parameter Store or in "
        "AWS KMS directly. What must the company do first?",
        SECRETS,
    ),
    (
        "A company notices that temporary credentials issued to an EC2 instance role are being "
        "used to call AWS APIs from an IP address outside AWS. The team considers Amazon "
        "Inspector and Amazon Macie. Which service reports this activity, and which finding "
        "should the team look for?",
        GUARDDUTY,
    ),
    (
        "A company runs its own vulnerability scanner on an EC2 instance with a private IP "
        "address, and GuardDuty keeps raising Recon:EC2/Portscan findings for it. Adding the "
        "address to a trusted IP list had no effect. Security Hub and Firewall Manager are also "
        "in use. How should the company stop these findings?",
        GUARDDUTY,
    ),
    (
        "A company activated Amazon Inspector Lambda standard and code scanning, but one "
        "function never gets findings. Its code is encrypted with a customer managed KMS key. "
        "GuardDuty Lambda Protection is also enabled. What is the most likely reason?",
        INSPECTOR,
    ),
    (
        "A company started an on-demand Amazon Inspector scan of an AMI from the EC2 console. "
        "The findings do not appear in the Inspector console, ListFindings or Security Hub CSPM, "
        "and AWS Config shows nothing. Where should the team look for the results?",
        INSPECTOR,
    ),
    (
        "A company runs Amazon Macie automated sensitive data discovery. Objects encrypted with "
        "SSE-KMS under a customer managed key are never analyzed, while SSE-S3 objects are. "
        "GuardDuty S3 Protection is enabled. What should the company do?",
        MACIE,
    ),
    (
        "Auditors ask a company for Amazon Macie sensitive data discovery results from six "
        "months ago, but they can no longer be found. The company also uses GuardDuty and "
        "Security Hub. How can the company keep these records longer in the future?",
        MACIE,
    ),
    (
        "A company created an AWS Firewall Manager AWS WAF policy in eu-west-1 to protect its "
        "CloudFront distributions in every account, but the distributions get no web ACL. "
        "Shield Advanced is subscribed and AWS Config is recording. What is wrong?",
        FIREWALL_MANAGER,
    ),
    (
        "A company creates a private REST API in Amazon API Gateway, but deploying it to a stage "
        "fails. The interface VPC endpoint for execute-api exists and an ACM certificate is "
        "ready in us-east-1. AWS WAF is not used. What is missing?",
        API_GATEWAY_ACM,
    ),
    (
        "A company must detect crypto mining on EC2 instances, find newly published CVEs in its "
        "Amazon ECR images and locate passport numbers stored in S3 buckets. AWS Config and "
        "AWS Firewall Manager are already in place. Which service should handle each "
        "requirement?",
        THREAT_DETECTION,
    ),
    # Mixed topics and the site itself.
    ("dsse-kms objects not replicating opt in", S3_REPLICATION),
    ("kms:GrantIsForAWSResource shared ami launch", AMIS),
    ("which region for the acm cert of a regional api custom domain", API_GATEWAY_ACM),
    ("guardduty vs inspector vs macie which one needs an agent", THREAT_DETECTION),
    (
        "one delegated administrator per service for guardduty inspector and macie",
        THREAT_DETECTION,
    ),
    (
        "in transit vs at rest vs client side encryption which protects against what",
        DATA_PROTECTION,
    ),
    (
        "do i need tls and server-side encryption and client-side encryption together",
        DATA_PROTECTION,
    ),
    ("overview of firewall manager and api gateway custom domain tls", EDGE),
    ("edge and governance section which pages", EDGE),
    ("offline copy of the site to read without internet", HOME),
    ("how do i switch this site to dark mode", HOME),
    ("what do the notes not cover for identity and access management", EXAM_MAP),
    ("all practice questions grouped by exam domain with flashcards", PRACTICE),
    ("dhmc abbreviation meaning", GLOSSARY),
    ("cheat sheet exam keywords last minute revision", CHEAT_SHEET),
    # Batch 44: written before any ranking was looked at, each page judged from its content.
    # KMS
    ("GetParametersForImport", KMS),
    ("BypassPolicyLockoutSafetyCheck", KMS),
    ("GranteeServicePrincipal grant", KMS),
    ("how many on-demand rotations per key", KMS),
    ("can i convert a single-region key to multi-region", KMS),
    ("asymmetric key SIGN_VERIFY", KMS),
    ("kms vs cloudhsm fips level", KMS),
    # GuardDuty
    ("trusted ip list 2000", GUARDDUTY),
    ("Runtime/SensitiveFileModified", GUARDDUTY),
    ("CreateThreatEntitySet", GUARDDUTY),
    ("suspend vs disable guardduty", GUARDDUTY),
    ("why doesn't guardduty see my dns queries", GUARDDUTY),
    ("CreateSampleFindings", GUARDDUTY),
    ("RDS_DATA_RISK", GUARDDUTY),
    # EBS, RDS and other storage
    ("CopyVolumes encrypted", STORAGE),
    ("AssociateKmsKeyId snapshot", STORAGE),
    ("aurora encrypted by default feb 2026", STORAGE),
    ("global tables 2017.11.29 cmk", STORAGE),
    ("can i encrypt an existing efs file system", STORAGE),
    ("block all sharing snapshots", STORAGE),
    # Encryption in flight
    ("s3:TlsVersion privatelink", IN_FLIGHT),
    ("sslmode verify-full", IN_FLIGHT),
    ("viewer mtls passthrough mode", IN_FLIGHT),
    ("cloudfront 502 origin certificate", IN_FLIGHT),
    ("acm acme certbot", IN_FLIGHT),
    ("do aws api endpoints still accept tls 1.0", IN_FLIGHT),
    # Inspector
    ("InspectorEc2Exclusion tag", INSPECTOR),
    ("cyclonedx sbom", INSPECTOR),
    ("untriaged severity", INSPECTOR),
    ("inspector score ubuntu", INSPECTOR),
    ("does inspector scan rds databases", INSPECTOR),
    ("enhanced ec2 scanning vm scanner", INSPECTOR),
    # S3 replication
    ("kms throttling 503 during replication", S3_REPLICATION),
    ("ObjectOwnerOverrideToBucketOwner", S3_REPLICATION),
    ("does replication chain from a to b to c", S3_REPLICATION),
    ("why didn't existing objects replicate", S3_REPLICATION),
    ("delete marker replication tag filter", S3_REPLICATION),
    # Server-side encryption
    ("sse-s3 AES256 header", SERVER_SIDE),
    ("oac vs oai sse-kms", SERVER_SIDE),
    ("require sse-kms bucket policy StringNotEquals", SERVER_SIDE),
    ("why did my upload use aws/s3 instead of bucket default key", SERVER_SIDE),
    ("sse-c salted hmac", SERVER_SIDE),
    # Secrets management
    ("RemoveRegionsFromReplication", SECRETS),
    ("secretsmanager-secret-periodic-rotation", SECRETS),
    ("ForceDeleteWithoutRecovery", SECRETS),
    ("Secret Label Updated eventbridge", SECRETS),
    ("can an advanced parameter go back to standard", SECRETS),
    # Firewall Manager
    ("fms automatic remediation", FIREWALL_MANAGER),
    ("palo alto cloud ngfw policy", FIREWALL_MANAGER),
    ("network firewall centralized deployment model", FIREWALL_MANAGER),
    ("security group usage audit", FIREWALL_MANAGER),
    ("who can create a firewall manager administrator", FIREWALL_MANAGER),
    # Macie
    ("CreateAllowList", MACIE),
    ("PutClassificationExportConfiguration", MACIE),
    ("macie 10000 buckets", MACIE),
    ("can macie scan dynamodb tables", MACIE),
    ("macie sse-c objects", MACIE),
    # API Gateway and ACM
    ("execute-api 403 private dns", API_GATEWAY_ACM),
    ("routing rules rest api", API_GATEWAY_ACM),
    ("api gateway client certificate backend", API_GATEWAY_ACM),
    ("why does an edge-optimized api need a us-east-1 cert", API_GATEWAY_ACM),
    # Client-side encryption
    ("kms discovery keyring", CLIENT_SIDE),
    ("raw rsa keyring", CLIENT_SIDE),
    ("encryption sdk generator key", CLIENT_SIDE),
    ("why is my client-side encrypted object encrypted twice", CLIENT_SIDE),
    # Sharing encrypted AMIs
    ("ec2:SharedTag", AMIS),
    ("copyimage fails shared ami", AMIS),
    ("marketplace ami copy", AMIS),
    ("why can't i share an ami encrypted with aws/ebs", AMIS),
    # Glossary, exam map, overviews, home, cheat sheet, practice
    ("what does sigv4 stand for", GLOSSARY),
    ("abbreviations list", GLOSSARY),
    ("domain 6 task statements", EXAM_MAP),
    ("what does the exam test that isn't covered here", EXAM_MAP),
    ("security tooling account", THREAT_DETECTION),
    ("asff vs ocsf", THREAT_DETECTION),
    ("offline copy pdf flashcards", HOME),
    ("in transit vs at rest vs client-side", DATA_PROTECTION),
    ("firewall manager and api gateway overview", EDGE),
    ("two page printable summary", CHEAT_SHEET),
    ("practice questions grouped by domain", PRACTICE),
    # Batch 45: written before any ranking was looked at, each page judged from its content.
    (
        "A company uses a multi-Region KMS key whose primary key is in us-east-1 and whose "
        "replica is in eu-west-1. The company is moving its main operations to eu-west-1 and "
        "wants the key there to become the primary key, keeping the same key ID. AWS CloudHSM and "
        "S3 Cross-Region Replication were also considered. Which solution meets these "
        "requirements?",
        KMS,
    ),
    (
        "An application role in account 222233334444 calls kms:Decrypt on a customer managed key "
        "that account 111122223333 owns. The key owner's security team must audit these calls, "
        "including the ones that are denied. Amazon Detective and AWS Config were suggested. "
        "Where does AWS CloudTrail record the successful and the denied requests?",
        KMS,
    ),
    (
        "A security engineer calls PutKeyPolicy with a new key policy that names only a role the "
        "engineer cannot assume. KMS rejects the request, although the engineer's IAM policy "
        "allows kms:PutKeyPolicy and no service control policy denies it. IAM Access Analyzer "
        "shows no findings. Why was the request rejected?",
        KMS,
    ),
    (
        "A company encrypts a busy S3 bucket with SSE-KMS under a KMS key in an AWS CloudHSM key "
        "store. Requests are throttled although the account's shared symmetric request rate is "
        "far below its quota, and a quota increase requested in Service Quotas does not help. "
        "Amazon Macie and Amazon Inspector report nothing. What explains the throttling?",
        KMS,
    ),
    (
        "A company's Amazon CloudFront distribution serves its site under its own domain name "
        "with an ACM certificate. A new policy requires that viewers connect with TLS 1.3 only. "
        "AWS WAF and AWS Shield Advanced are attached to the distribution. Which change meets "
        "this requirement?",
        IN_FLIGHT,
    ),
    (
        "A company serves its website through Amazon CloudFront with custom origins on Amazon "
        "EC2. The origins must accept only connections on which CloudFront authenticates itself "
        "with a client certificate. AWS WAF rules and the CloudFront managed prefix list in "
        "security groups were suggested. Which solution meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "Partners call an application on EC2 instances behind an Application Load Balancer. The "
        "load balancer itself must reject any partner that does not present a client certificate "
        "issued by the company's private certificate authority. Amazon API Gateway and AWS WAF "
        "were proposed. Which solution meets this requirement?",
        IN_FLIGHT,
    ),
    (
        "A legacy application downloads SSE-KMS encrypted objects from Amazon S3 with an old SDK "
        "and gets an error saying that requests specifying server-side encryption with AWS KMS "
        "managed keys require AWS Signature Version 4. The role's IAM policy and the key policy "
        "both allow kms:Decrypt. AWS CloudHSM and SSE-C were proposed. What should the company "
        "do?",
        SERVER_SIDE,
    ),
    (
        "A company runs an S3 Batch Operations job with UpdateObjectEncryption to move SSE-S3 "
        "objects to a customer managed KMS key. The job fails for objects under an Object Lock "
        "legal hold and for objects in compliance-mode retention. Amazon Macie and S3 Replication "
        "are also in use. What can the company do?",
        SERVER_SIDE,
    ),
    (
        "During testing, a script sent Amazon S3 upload requests with SSE-C headers over plain "
        "HTTP, and S3 rejected them. The key in those requests also protects production objects "
        "stored with SSE-C. AWS KMS and Amazon Macie are not involved. What does AWS advise the "
        "company to do?",
        SERVER_SIDE,
    ),
    (
        "A company's Go service encrypts millions of small records with the AWS Encryption SDK "
        "under a KMS key, and KMS requests are being throttled. The team wants to reuse data "
        "keys, but the Go library has no data key caching. Raising the KMS quota and S3 Bucket "
        "Keys were considered. Which solution meets this requirement?",
        CLIENT_SIDE,
    ),
    (
        "A company encrypts objects with the Amazon S3 Encryption Client. After a data team "
        "copied the objects to another bucket with a tool that drops object metadata, none of the "
        "copies can be decrypted. SSE-KMS and S3 Replication were suggested as fixes. What "
        "explains this, and how could it have been avoided?",
        CLIENT_SIDE,
    ),
    (
        "A company uses the AWS Encryption SDK and must wrap data keys with AES key material that "
        "it generates and protects in its own on-premises key store, so that no AWS KMS request "
        "is made. SSE-C and an AWS CloudHSM key store were considered. Which keyring should the "
        "company use?",
        CLIENT_SIDE,
    ),
    (
        "A company created an Amazon Aurora PostgreSQL cluster with the AWS CLI in March 2026 "
        "without specifying any encryption options. It must now share the cluster's snapshots "
        "with an auditing account. AWS RAM and AWS Backup vault sharing were suggested. What "
        "should the company do?",
        STORAGE,
    ),
    (
        "A company created an encrypted Amazon EFS file system without choosing a KMS key, so it "
        "uses aws/elasticfilesystem. Auditors now require a customer managed key whose key policy "
        "the security team controls. AWS Firewall Manager and Amazon Macie were considered. What "
        "should the company do?",
        STORAGE,
    ),
    (
        "An EC2 Auto Scaling group in account B launches instances whose EBS volumes are "
        "encrypted with a customer managed KMS key owned by account A. Account A's key policy "
        "lets account B use the key and create grants, yet every launch fails. GuardDuty and AWS "
        "Config show nothing. What must account B do?",
        STORAGE,
    ),
    (
        "In June 2026 a company creates a new destination bucket for S3 replication. Objects that "
        "an application writes with SSE-C fail to replicate with 403 AccessDenied, while SSE-S3 "
        "objects replicate. The replication role has no KMS permissions, and AWS KMS is not used. "
        "What should the company do?",
        S3_REPLICATION,
    ),
    (
        "A company's replication rule copies only objects tagged classification=replicate. The "
        "team also wants delete markers replicated, but S3 rejects enabling delete marker "
        "replication on the rule. S3 Object Lock and S3 Replication Time Control were suggested. "
        "What explains this?",
        S3_REPLICATION,
    ),
    (
        "A company moved existing objects in a source bucket from SSE-S3 to SSE-KMS with "
        "UpdateObjectEncryption and now runs S3 Batch Replication to copy them to a bucket in "
        "another Region. The jobs fail with KMS errors, although the role has kms:Decrypt on the "
        "source key and kms:Encrypt on the destination key and no S3 Bucket Keys are used. What "
        "is missing?",
        S3_REPLICATION,
    ),
    (
        "Account A shares an AMI with account B and tags it with the build version that account "
        "B's launch automation must read. Account B can launch the AMI but sees none of its tags. "
        "AWS Resource Groups and AWS Config were suggested. What should account A do?",
        AMIS,
    ),
    (
        "Account B launches EC2 instances from an encrypted AMI that account A shared, without "
        "naming a KMS key for the volumes. The security team in account B must know which key "
        "encrypts the new EBS volumes and whether account A's key was needed. Amazon Inspector "
        "and AWS Config were also considered. Which statement is correct?",
        AMIS,
    ),
    (
        "Account A's key policy allows account B's root principal every KMS action needed to "
        "launch from a shared encrypted AMI. The administrator role in account B launches "
        "instances, but a developer role in account B gets a KMS error at launch. Amazon "
        "Inspector and AWS RAM were suggested. What should be fixed?",
        AMIS,
    ),
    (
        "A company grants other accounts access to its AWS Secrets Manager secrets with "
        "resource-based policies. The security team must make sure that no policy granting broad "
        "access, such as one with a wildcard principal, can be attached to a secret. AWS Firewall "
        "Manager and Amazon Macie were proposed. Which solution meets this requirement?",
        SECRETS,
    ),
    (
        "A company replicates an AWS Secrets Manager secret from account A to a replica secret in "
        "account B in the same Region. Account A now tries to delete the primary secret, and the "
        "request fails. Parameter Store and AWS KMS key deletion were suggested. What must happen "
        "first?",
        SECRETS,
    ),
    (
        "A company's automation creates thousands of SSM Parameter Store parameters. Most are "
        "small, but some exceed 4 KB or need expiration policies. The team does not want to "
        "choose a tier for each parameter and wants to pay for the advanced tier only where it is "
        "needed. AWS Secrets Manager and Amazon S3 were suggested. Which solution meets these "
        "requirements?",
        SECRETS,
    ),
    (
        "An attacker who got into an EC2 instance added a key to an SSH authorized_keys file and "
        "changed the sudoers file to keep access. The company wants such changes reported as "
        "threats on its EC2 instances and EKS workloads. Amazon Inspector CIS scans and AWS "
        "Config rules were considered. Which solution meets this requirement?",
        GUARDDUTY,
    ),
    (
        "A company built an Amazon EventBridge rule that sends GuardDuty CryptoCurrency findings "
        "to a Lambda function that quarantines instances. The team must test the rule and its "
        "target end to end without staging a real attack. Amazon Inspector and AWS Fault "
        "Injection Service were suggested. What should the team do?",
        GUARDDUTY,
    ),
    (
        "A company's threat intelligence team maintains its own list of malicious domains and IP "
        "addresses and wants GuardDuty findings whenever workloads contact them, including "
        "through DNS lookups. Route 53 Resolver DNS Firewall and AWS Network Firewall were "
        "considered. Which solution meets this requirement?",
        GUARDDUTY,
    ),
    (
        "A company's delegated Amazon Inspector administrator turned on Lambda standard scanning "
        "for all member accounts, but accounts in one OU still show it turned off. The management "
        "account has attached an AWS Organizations policy to that OU. GuardDuty and Security Hub "
        "CSPM are also in use. What explains this?",
        INSPECTOR,
    ),
    (
        "A company builds golden AMIs and wants them checked for CVEs continuously, including "
        "CVEs published after the build, before anyone launches instances from them. GuardDuty "
        "Malware Protection for AWS Backup and EC2 Image Builder tests were considered. Which "
        "solution meets this requirement?",
        INSPECTOR,
    ),
    (
        "A company wants Amazon Inspector to skip the EC2 instances that its malware research "
        "team uses, while every other instance stays under continuous scanning. GuardDuty "
        "suppression rules and Security Hub automation rules were suggested. Which solution meets "
        "this requirement?",
        INSPECTOR,
    ),
    (
        "A compliance team reviews an Amazon Macie sensitive data finding for a large CSV file "
        "and needs the location of every credit card number in it, but the finding lists only 15 "
        "occurrences. Amazon Athena and GuardDuty S3 Protection were suggested. Where should the "
        "team look?",
        MACIE,
    ),
    (
        "A company must find HTTP basic authorization headers, private keys and AWS secret access "
        "keys that applications left in log files stored in Amazon S3. GuardDuty S3 Protection "
        "and Amazon Inspector were considered. Which solution meets this requirement with the "
        "LEAST effort?",
        MACIE,
    ),
    (
        "A company wants an alert whenever someone turns off all of an S3 bucket's own block "
        "public access settings in any account of its Macie organization. AWS Firewall Manager "
        "and Amazon Inspector were suggested. Which finding should the alert be built on?",
        MACIE,
    ),
    (
        "A company's AWS Firewall Manager security group policies are slow to flag and fix "
        "non-compliant security groups in several member accounts. Those accounts recently "
        "switched AWS Config to daily recording to save costs. Amazon GuardDuty and AWS Security "
        "Hub are enabled. What should the company do?",
        FIREWALL_MANAGER,
    ),
    (
        "A company wants to roll out AWS WAF and AWS Shield Advanced protections across its "
        "organization from reusable rules and templates that are combined into policies and "
        "applied by deployments. AWS Config conformance packs and CloudFormation StackSets were "
        "suggested. Which AWS service is built for this?",
        FIREWALL_MANAGER,
    ),
    (
        "A company wants AWS Shield Advanced protection on the Application Load Balancers and "
        "Elastic IP addresses of all its accounts, including accounts that have not subscribed to "
        "Shield Advanced yet. AWS WAF rate-based rules and GuardDuty were considered. Which "
        "solution meets these requirements with the LEAST operational overhead?",
        FIREWALL_MANAGER,
    ),
    (
        "A company serves a REST API at a public Regional custom domain name. The API must now be "
        "reachable only from the company's VPCs, and an engineer tries to change the existing "
        "custom domain name to a private one. AWS WAF and Amazon CloudFront were considered. "
        "Which statement is correct?",
        API_GATEWAY_ACM,
    ),
    (
        "A REST API in Amazon API Gateway presents an API Gateway-generated client certificate to "
        "its HTTP backend. The security team wants a certificate signed by a certificate "
        "authority instead of the self-signed one that must be rotated by hand every year. An "
        "engineer proposes a public ACM certificate. What should the company use?",
        API_GATEWAY_ACM,
    ),
    (
        "A company's DNS is hosted by a third-party provider, not Route 53. It creates a Regional "
        "custom domain name for its REST API with an ACM certificate in the API's Region. "
        "CloudFront and AWS WAF are not used. How should the company point its domain at the API?",
        API_GATEWAY_ACM,
    ),
    (
        "A company wants GuardDuty, Amazon Inspector and Amazon Macie turned on automatically for "
        "every account that joins its organization. An engineer proposes AWS Organizations "
        "policies for all three services. Security Hub CSPM is also in use. Which statement is "
        "correct?",
        THREAT_DETECTION,
    ),
    (
        "A company's management account designated a dedicated security account as the delegated "
        "GuardDuty administrator. That account still cannot see Amazon Inspector or Amazon Macie "
        "findings from member accounts. AWS Firewall Manager is also in use. What should the "
        "company do?",
        THREAT_DETECTION,
    ),
    (
        "A company must detect a reverse shell running inside an Amazon ECS task, list EC2 "
        "instances whose security groups leave port 3389 open to the internet, and be told when a "
        "bucket's block public access settings are turned off. AWS Config and AWS Firewall "
        "Manager are already deployed. Which service meets each requirement?",
        THREAT_DETECTION,
    ),
    (
        "A company's data protection standard requires encryption in transit on every connection, "
        "encryption at rest for every stored copy, and client-side encryption only for one "
        "dataset that the storage service must never read. The workload uses Amazon S3, Amazon "
        "RDS for MySQL and Amazon EBS. Which set of AWS controls meets the standard?",
        DATA_PROTECTION,
    ),
    (
        "A security team argues that because every object is encrypted at rest with SSE-KMS, TLS "
        "is no longer needed for uploads, and that a customer managed key makes client-side "
        "encryption unnecessary for a dataset S3 must never read. Amazon GuardDuty and Amazon "
        "Macie are enabled. Which statement about these encryption layers is correct?",
        DATA_PROTECTION,
    ),
    ("does an iam deny still apply if the key policy doesnt enable iam policies", KMS),
    ("my aws:sourceip condition on the kms key stopped working through the vpc endpoint", KMS),
    ("does deleting a customer managed key also delete its aliases", KMS),
    ("does nitro encrypt trafic between my ec2 instances on its own", IN_FLIGHT),
    ("can i switch an acm cert from email to dns validaton and keep the arn", IN_FLIGHT),
    ("does s3 keep my sse-c key after the upload or throw it away", SERVER_SIDE),
    ("why does dsse-kms need more kms calls than sse-kms with bucket keys", SERVER_SIDE),
    ("whats a keyring in the aws encryption sdk and which kinds are there", CLIENT_SIDE),
    ("does a kms discovery keyring need a filter, and what does it limit", CLIENT_SIDE),
    ("what does block all sharing do to ebs snapshots that are already public", STORAGE),
    ("can i encrypt an ebs volume without taking a snapshot first", STORAGE),
    ("can one replication configuration use more than one iam role", S3_REPLICATION),
    ("how do i get notified when an object fails to replicate, do i need rtc", S3_REPLICATION),
    ("why is my shared ami missing when the partner looks in another region", AMIS),
    ("will the other account still launch my shared ami if i disable the kms key", AMIS),
    ("can i label a parameter version and read it by that label", SECRETS),
    ("should i use aws/ssm or my own kms key for securestring parameters", SECRETS),
    ("does guardduty detect prompt injection or cost harvesting on bedrock", GUARDDUTY),
    ("does guardduty look inside my s3 objects or only at the api calls", GUARDDUTY),
    ("how often do agentless inspector scans run on my ec2 instances", INSPECTOR),
    ("can inspector scan my google cloud projects too", INSPECTOR),
    ("how many buckets can macie evaulate per account", MACIE),
    ("how does macie choose which objects to look at in automated discovery", MACIE),
    (
        "does the firewall manager waf policy send every accounts logs to one place",
        FIREWALL_MANAGER,
    ),
    ("which region do i create a firewall manager waf policy for cloudfront in", FIREWALL_MANAGER),
    ("can other accounts use my private api custom domain name through ram", API_GATEWAY_ACM),
    ("should i use routing rules or api mappings on a rest api custom domain", API_GATEWAY_ACM),
    ("why is picking only one of tls, sse or client side encryption often wrong", DATA_PROTECTION),
    (
        "should the guardduty inspector and macie admin be the same account in every region",
        THREAT_DETECTION,
    ),
    ("where should i study aws artifact reports for the compliance part", EXAM_MAP),
    ("where are the ordering questions that ask me to put steps in sequence", PRACTICE),
    ("last minute summary built from the same text as the topic pages", CHEAT_SHEET),
    ("what is ocsf short for, abbreviation meaning", GLOSSARY),
    ("what does the abbreviation asff stand for", GLOSSARY),
    ("are these notes checked against the official aws documentation", HOME),
    # Batch 46: written before any ranking was looked at, each page judged from its content.
    ("external key store xks", KMS),
    ("sse-c blocked new bucket", SERVER_SIDE),
    ("dsse-kms bucket keys", SERVER_SIDE),
    ("acm certifcate renewal", IN_FLIGHT),
    ("aws:securetransport bucket policy", IN_FLIGHT),
    ("ebs encryption by defualt", STORAGE),
    ("s3 batch replication existing objects", S3_REPLICATION),
    ("encryption sdk multi keyring", CLIENT_SIDE),
    ("parameter store securestring", SECRETS),
    ("secrets manger rotation", SECRETS),
    ("in transit vs at rest", DATA_PROTECTION),
    ("why does my role get access denied from kms even though its iam policy allows decrypt",
     KMS),
    ("can i get a kms key back after i scheduled it for deletion", KMS),
    ("what's the difference between kms and cloudhsm, when do i need my own hsm", KMS),
    ("which s3 encryption should i use if i don't want to manage any keys", SERVER_SIDE),
    ("is s3 encrypting my uploads by default now or do i have to turn it on", SERVER_SIDE),
    ("how do i make an s3 bucket refuse plain http requests", IN_FLIGHT),
    ("does tls really stop man in the middle attacks", IN_FLIGHT),
    ("how do i force every connection to my rds postgres database to use ssl", IN_FLIGHT),
    ("how do i encrypt an rds database that was created unencrypted", STORAGE),
    ("can i switch the kms key on an ebs volume that's already encrypted", STORAGE),
    ("why aren't my sse-kms objects showing up in the replica bucket", S3_REPLICATION),
    ("why does kms encrypt fail when i pass it a big file", CLIENT_SIDE),
    ("what's the safest way to give a lambda function a database password", SECRETS),
    ("can another account read my secret if it's encrypted with the default aws key", SECRETS),
    ("why can't the other account copy the ami i shared with it", AMIS),
    ("ebs volume still working after i disable the kms key", KMS),
    ("encryption context changes to bucket arn with s3 bucket key", SERVER_SIDE),
    ("rds encrypted with kms but apps still connect without tls", IN_FLIGHT),
    ("multi-region kms key for copying rds snapshots to dr region", STORAGE),
    ("efs tls mount helper encryption in transit", STORAGE),
    ("sse-kms replication cross account destination key policy", S3_REPLICATION),
    ("sse-c objects replication to bucket with sse-c blocked", S3_REPLICATION),
    ("s3 encryption client bucket key kms request count", CLIENT_SIDE),
    ("kms decrypt permission lambda encrypted environment variable", SECRETS),
    ("customer managed kms key policy to share ami with another account", AMIS),
    (
        "A security engineer must let an analytics role decrypt SSE-KMS objects in one bucket "
        "but stop the role from calling KMS directly with the same customer managed key. "
        "Which condition key belongs in the key policy statement?",
        KMS,
    ),
    (
        "A bank's regulator says encryption key material may never be stored inside AWS, yet "
        "the bank wants S3 and EBS to keep encrypting through KMS. AWS CloudHSM and imported "
        "key material were both considered. What should the security team choose?",
        KMS,
    ),
    (
        "A company fears the material of a symmetric customer managed KMS key was exposed. "
        "It wants fresh key material right away, without a new key ARN and without "
        "re-encrypting stored data. What should the engineer do?",
        KMS,
    ),
    (
        "Auditors want a log entry every time the key protecting a bucket's objects is used, "
        "and the security team wants to be able to make the objects unreadable at once by "
        "switching the key off. SSE-S3 and SSE-C were proposed. Which setup meets both needs?",
        SERVER_SIDE,
    ),
    (
        "A government contractor must apply two independent layers of encryption at rest to "
        "files stored in Amazon S3. Amazon Macie and Amazon GuardDuty are already enabled. "
        "Which S3 encryption option satisfies the rule?",
        SERVER_SIDE,
    ),
    (
        "A company serves its site through CloudFront with an Application Load Balancer in "
        "eu-west-1 as origin. The ACM certificate it requested in eu-west-1 does not appear "
        "when editing the distribution. What is the cause and fix?",
        IN_FLIGHT,
    ),
    (
        "A payments firm runs EC2 instances behind a load balancer, and card data may only be "
        "decrypted on the instances themselves. AWS WAF and AWS Shield were considered. "
        "Which load balancer configuration should the engineer use?",
        IN_FLIGHT,
    ),
    (
        "An audit finds unencrypted EBS volumes in several Regions because developers forget "
        "to tick the encryption box. The company wants every new volume encrypted and a way "
        "to prove the setting is on in all accounts. Amazon Inspector and Trusted Advisor "
        "were considered. What should the security engineer do?",
        STORAGE,
    ),
    (
        "A company must give an external auditing account a copy of an encrypted RDS "
        "snapshot, but the snapshot is encrypted with the default aws/rds key. "
        "How can the auditing account end up restoring the database?",
        STORAGE,
    ),
    (
        "Account A replicates SSE-KMS objects to a bucket in account B. Replication worked "
        "until S3 Bucket Keys were turned on for both buckets, and now it fails with KMS "
        "access errors. What should the security engineer change?",
        S3_REPLICATION,
    ),
    (
        "A company replicates logs from workload accounts into a bucket in a central "
        "security account, and the security account must own every replica so that bucket "
        "policies alone control access. Which option needs the least configuration?",
        S3_REPLICATION,
    ),
    (
        "A company runs Amazon RDS for MySQL and must rotate the master user password at "
        "least every 30 days without writing any rotation code. Parameter Store and KMS key "
        "rotation were suggested. Which solution has the LEAST operational overhead?",
        SECRETS,
    ),
    (
        "A hospital keeps medical scans in Amazon S3. A new regulation says that neither AWS "
        "nor anyone with S3 read access may ever see the plaintext images. SSE-KMS with a "
        "strict key policy was proposed. Which approach meets the regulation?",
        CLIENT_SIDE,
    ),
    (
        "A development account shares an AMI with a production account. Production can see "
        "the AMI, but every launch fails with a KMS error, and the AMI's snapshots are "
        "encrypted with aws/ebs. What must the development account do?",
        AMIS,
    ),
    (
        "A retailer wants order data protected on the network, on the storage disks, and "
        "inside its own application so the storage service never sees plaintext. An "
        "architect argues one encryption method is enough. Which layers should be combined?",
        DATA_PROTECTION,
    ),
    ("byok meaning", GLOSSARY),
    ("what is cmk short for in kms", GLOSSARY),
    ("keyboard shortcut to open search on these notes", HOME),
    ("what do the green and orange boxes on each page mean", HOME),
    ("gaurdduty crypto mining finding", GUARDDUTY),
    ("guardduty suppression rule port scan", GUARDDUTY),
    (
        "do i need to turn on vpc flow logs or a cloudtrail trail before guardduty can work",
        GUARDDUTY,
    ),
    ("how do i get an email when guardduty finds something high severity", GUARDDUTY),
    ("what's the difference between suspending and disabling guardduty", GUARDDUTY),
    ("export guardduty findings to s3 encrypted with a kms key", GUARDDUTY),
    ("guardduty s3 protection deleteobject on sse-kms encrypted bucket", GUARDDUTY),
    (
        (
            "A company learns that the temporary credentials of an EC2 instance role were used "
            "from an IP address outside AWS. The security team wants a managed service that "
            "flags this kind of credential misuse without deploying agents. AWS Config and "
            "Amazon Detective were also considered. Which service should the team enable?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "A retailer runs services on Amazon EKS and on Amazon ECS with Fargate and wants to "
            "catch reverse shells and rogue processes while the containers are running. "
            "Amazon Inspector was proposed but only reports CVEs in images. Which detection "
            "feature fits, and who manages its agent on Fargate?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "A security analyst sees a Critical GuardDuty finding that ties together stolen IAM "
            "credentials and unusual S3 data access over the same day. The analyst also "
            "suspects a broad suppression rule hid part of the activity. What generated the "
            "finding, and how can suppression affect it?"
        ),
        GUARDDUTY,
    ),
    ("inspecter agentless ec2 scan", INSPECTOR),
    (
        "why does inspector score the same cve lower on one instance than the cvss score",
        INSPECTOR,
    ),
    ("can inspector fail my build before the image gets pushed to ecr", INSPECTOR),
    ("inspector lambda scanning function encrypted with customer managed kms key", INSPECTOR),
    ("inspector scan an ami before sharing it with other accounts", INSPECTOR),
    (
        (
            "A company must find unpatched packages and newly published CVEs across its EC2 "
            "fleet, its container images in ECR and its Lambda functions, without scheduling "
            "assessment runs. Amazon GuardDuty and AWS Config were also suggested. Which "
            "service meets this with the least operational effort?"
        ),
        INSPECTOR,
    ),
    (
        (
            "A bank's auditors forbid installing agents on a set of EC2 hosts. The security "
            "team still needs to know which installed packages have known CVEs and whether "
            "port 22 on those hosts can be reached from the internet. Which vulnerability "
            "scanning features cover both needs?"
        ),
        INSPECTOR,
    ),
    ("macie policy finding public bucket", MACIE),
    ("why don't my macie sensitive data findings show up in security hub", MACIE),
    ("macie objects encrypted with sse-c or a customer managed kms key", MACIE),
    (
        (
            "A hospital group has several hundred S3 buckets and wants an ongoing, low-cost "
            "view of which buckets probably hold patient identifiers, without reading every "
            "object. GuardDuty S3 Protection was proposed by one engineer. What should the "
            "company turn on?"
        ),
        MACIE,
    ),
    (
        (
            "A retailer's sensitive data discovery jobs keep reporting the company's published "
            "customer-service phone number and some synthetic test records as PII. The team "
            "wants those ignored while real personal data is still reported. What should "
            "the team configure?"
        ),
        MACIE,
    ),
    (
        "does the same account have to be delegated admin for guardduty inspector and macie",
        THREAT_DETECTION,
    ),
    (
        "security hub cspm cis benchmark checks with guardduty inspector macie findings",
        THREAT_DETECTION,
    ),
    (
        (
            "A company is designing detective controls. It must alert when access keys call "
            "APIs from an unusual country, report vulnerable libraries in container images, "
            "and locate credit card numbers stored in S3. Amazon Detective and AWS Config "
            "were also considered. Which service matches each requirement?"
        ),
        THREAT_DETECTION,
    ),
    ("firewall manager prerequisits", FIREWALL_MANAGER),
    (
        "why can't a full scope fms admin make a third party firewall policy",
        FIREWALL_MANAGER,
    ),
    (
        (
            "A company with 80 accounts in AWS Organizations adds new accounts every month. "
            "Every VPC, including those in future accounts, must be blocked from resolving "
            "known malware domains. The team considered Amazon GuardDuty and configuring "
            "Route 53 Resolver in each account by hand. What is the least-effort solution?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A media company wants Shield Advanced on every Elastic IP address and CloudFront "
            "distribution in all of its accounts, applied automatically as they are created, "
            "and also on its Route 53 hosted zones. AWS WAF alone and AWS Config rules were "
            "considered. How should each resource type be protected?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A security team must find security group rules that open all ports to "
            "0.0.0.0/0 and remove unused or redundant security groups in every member account, "
            "managed from one central account. Which solution meets this requirement?"
        ),
        FIREWALL_MANAGER,
    ),
    ("edge optimized api certificate region", API_GATEWAY_ACM),
    (
        "why doesnt my acm cert show up when i create an edge-optimized custom domain",
        API_GATEWAY_ACM,
    ),
    ("how do i stop clients calling the execute-api url directly", API_GATEWAY_ACM),
    ("api gateway security policy tls 1.3 only on custom domain", API_GATEWAY_ACM),
    (
        (
            "A company imported a certificate from a third-party CA into ACM for the custom "
            "domain of its Regional API, and it expired and caused an outage. The team wants "
            "renewals to need no manual work from now on. EventBridge expiry reminders and "
            "AWS Private CA were suggested. What should the team do?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "Developers turned on private DNS for the execute-api interface endpoint in their "
            "VPC. Their private REST API still works, but calls from the same VPC to a "
            "partner's public API by its default URL now return 403 Forbidden. How should "
            "they call the public API?"
        ),
        API_GATEWAY_ACM,
    ),
    ("firewall manager and api gateway tls overview", EDGE),
    ("scs-c03 domain weights and which pages cover each domain", EXAM_MAP),
    ("what topics do the notes not cover for the incident response domain", EXAM_MAP),
    ("ordering and matching practice questions for every topic", PRACTICE),
    ("printable cheat sheet for the night before the exam", CHEAT_SHEET),
    # Batch 47: written before any ranking was looked at, each page judged from its content.
    ("kms key rotaton period", KMS),
    ("can i cancel a kms key deletion once it's scheduled", KMS),
    ("why does my role get AccessDeniedException on kms decrypt when its iam policy allows it",
     KMS),
    ("A healthcare company must encrypt data in S3, EBS and RDS through AWS KMS, but its "
     "regulator insists the key material is never stored inside AWS. The company will run its "
     "own key manager on premises. AWS CloudHSM and imported key material were also "
     "considered. Which option meets the requirement?", KMS),
    ("A bank wants to create symmetric key material in its own on-premises HSM and use it "
     "behind a KMS key. If a breach is suspected, the bank must be able to remove the key "
     "material from AWS immediately instead of waiting at least seven days. What should the "
     "security engineer configure?", KMS),
    ("An application signs transactions through PKCS #11 and Java JCE libraries. Auditors "
     "require the keys to sit in single-tenant HSMs whose crypto users the company manages "
     "itself, separate from IAM. Which service should the architect choose?", KMS),
    ("A security team intends to delete a customer managed KMS key it believes is unused. It "
     "wants to be warned if any application still tries to use the key during the waiting "
     "period, so that it can stop the deletion. How should the team set this up?", KMS),
    ("Auditors ask that the symmetric KMS keys of a payments team get fresh key material "
     "twice a year. The team wants no custom code, no new key IDs, and old ciphertext must "
     "stay readable. What is the simplest solution?", KMS),
    ("guardduty suppresion rules", GUARDDUTY),
    ("does guardduty need an agent installed on my instances", GUARDDUTY),
    ("how do i get emailed when guardduty finds something", GUARDDUTY),
    ("guardduty rds protection brute force logins", GUARDDUTY),
    ("A startup sees an unexpected EC2 bill and suspects hijacked instances are mining "
     "bitcoin. It wants such activity detected and the affected instance quarantined "
     "automatically by swapping its security group. Amazon Inspector and Amazon Macie were "
     "considered. Which solution fits?", GUARDDUTY),
    ("A company with 60 accounts in AWS Organizations runs workloads in only two Regions. A "
     "review found that stolen access keys could be used to launch resources in Regions "
     "nobody watches. How should the security engineer detect threats in every account and "
     "Region, including accounts that join later?", GUARDDUTY),
    ("A team runs containers on Amazon ECS with AWS Fargate and must be alerted when a "
     "reverse shell or crypto miner starts inside a running task. The team does not want to "
     "install or update agents itself. Which approach meets these requirements?", GUARDDUTY),
    ("is dynamodb encrypted by default or do i have to turn it on", STORAGE),
    ("share encrypted rds snapshot with another account kms key", STORAGE),
    ("efs in transit encryption tls mount helper", STORAGE),
    ("A company's disaster recovery plan copies encrypted RDS snapshots from us-east-1 to "
     "eu-west-1 every night. The copy fails with an error about the KMS key. What must the "
     "copy request specify?", STORAGE),
    ("An Aurora MySQL cluster created in 2024 is unencrypted, and a new policy requires "
     "encryption at rest with a customer managed key. Copying the cluster snapshot with a KMS "
     "key returns an error. How can the team get an encrypted cluster?", STORAGE),
    ("why doesn't acm renew my imported certificate", IN_FLIGHT),
    ("rds force_ssl require tls connections", IN_FLIGHT),
    ("A financial firm runs a service behind a load balancer, and compliance forbids the load "
     "balancer from decrypting traffic: TLS must end on the EC2 instances. An Application Load "
     "Balancer with an HTTPS listener was proposed. What should the architect use instead?",
     IN_FLIGHT),
    ("Auditors require every request to a company's S3 buckets to use an encrypted connection "
     "with TLS 1.2 or later. The team has already enabled SSE-KMS default encryption and S3 "
     "Block Public Access. What should the security engineer add?", IN_FLIGHT),
    ("does inspector need the ssm agent to scan ec2", INSPECTOR),
    ("how does inspector decide how severe a cve is", INSPECTOR),
    ("inspector lambda functions encrypted with customer managed key", INSPECTOR),
    ("A company wants to be told continuously when a newly published CVE affects packages on "
     "its EC2 fleet or in container images stored in Amazon ECR, with the least operational "
     "effort. Amazon GuardDuty and AWS Config were considered. Which service should it "
     "enable?", INSPECTOR),
    ("A development team wants its Jenkins pipeline to fail whenever a container image it "
     "builds contains critical vulnerabilities, before the image is ever pushed to a "
     "registry. What should the security engineer recommend?", INSPECTOR),
    ("do objects already in the bucket get replicated when i add a rule", S3_REPLICATION),
    ("sse-kms replication cross region kms permissions", S3_REPLICATION),
    ("A company set up Cross-Region Replication on a versioned bucket. New objects encrypted "
     "with SSE-S3 show up in the destination, but objects encrypted with a customer managed "
     "KMS key never arrive. What configuration is most likely missing?", S3_REPLICATION),
    ("A media company replicates a bucket into a bucket owned by its analytics account. The "
     "analytics team cannot manage the copies because they still belong to the source "
     "account. Which setting should be changed on the destination bucket?", S3_REPLICATION),
    ("are new s3 objects encrypted if i don't set anything", SERVER_SIDE),
    ("A compliance framework requires two independent layers of encryption at rest on S3 "
     "objects, using keys the company controls in AWS KMS. Client-side encryption was ruled "
     "out because it needs application changes. Which option satisfies the requirement?",
     SERVER_SIDE),
    ("A manufacturer keeps its encryption keys in an on-premises vault and may not store them "
     "in AWS, but wants Amazon S3 to do the encryption and decryption. Uploads that send the "
     "key to a newly created bucket fail with 403 AccessDenied. What explains this?",
     SERVER_SIDE),
    ("A company stores 3 billion objects encrypted with SSE-S3, some of them in archive "
     "storage classes. A new rule requires SSE-KMS with a customer managed key, and the team "
     "wants to avoid copying objects or restoring archived ones. What should it use?",
     SERVER_SIDE),
    ("parmeter store securestring", SECRETS),
    ("how do i rotate an rds password automatically", SECRETS),
    ("lambda db password kms encrypted environment variable", SECRETS),
    ("secrets manager cross account access aws/secretsmanager key", SECRETS),
    ("A startup keeps about 200 configuration values and a few secrets for its applications "
     "and wants a naming hierarchy, version history and no additional cost. Automatic "
     "rotation is not required. Which service should it use?", SECRETS),
    ("A company turned on Secrets Manager rotation for a database credential, using a Lambda "
     "function in private subnets with no internet access. Every rotation attempt times out. "
     "What should the engineer do?", SECRETS),
    ("who is allowed to create a firewall manager administrator account", FIREWALL_MANAGER),
    ("apply waf to api gateway stages in every account", FIREWALL_MANAGER),
    ("A company with hundreds of accounts in AWS Organizations must make sure every "
     "internet-facing Application Load Balancer, including those in accounts created next "
     "month, gets the same AWS WAF web ACL. AWS Control Tower and AWS Config conformance "
     "packs were also considered. Which solution needs the least ongoing effort?",
     FIREWALL_MANAGER),
    ("A security team created an AWS Firewall Manager policy for Route 53 Resolver DNS "
     "Firewall, but the rule groups never show up in member accounts. Organizations has all "
     "features enabled and AWS Config is recording. Which prerequisite is missing?",
     FIREWALL_MANAGER),
    ("macie sensitive data findings to security hub", MACIE),
    ("macie skipping sse-kms objects key policy", MACIE),
    ("A retailer's automated sensitive data discovery does not flag files containing its "
     "internal loyalty card numbers, which follow a company-specific format. How should the "
     "security engineer make the service report them across all S3 buckets?", MACIE),
    ("can i use mutual tls with an edge-optimized rest api", API_GATEWAY_ACM),
    ("api gateway custom domain certificate not renewing", API_GATEWAY_ACM),
    ("A company hosts an edge-optimized REST API in eu-west-1 and wants the custom domain "
     "api.example.com. The certificate it requested in ACM in eu-west-1 is not offered when "
     "creating the domain name. What should the engineer do?", API_GATEWAY_ACM),
    ("Partners must call a company's REST API with client certificates issued by the "
     "company's private CA. Testing shows that some clients still reach the API without a "
     "certificate by using the execute-api URL. Which changes fix this?", API_GATEWAY_ACM),
    ("why does kms encrypt fail for files bigger than 4kb", CLIENT_SIDE),
    ("s3 encryption client bucket keys kms requests", CLIENT_SIDE),
    ("A law firm uploads case files to S3 and requires that neither AWS nor anyone with full "
     "S3 permissions can ever see the plaintext. SSE-KMS with a customer managed key and "
     "SSE-C were proposed. What should the firm implement?", CLIENT_SIDE),
    ("Two partner companies need to read the same encrypted file, stored once, each with a "
     "KMS key in its own AWS account. SSE-KMS was rejected because it allows only one key per "
     "object. Which approach meets the requirement?", CLIENT_SIDE),
    ("why can account b launch my shared ami but not copy it", AMIS),
    ("ami encrypted with aws/ebs share with another account", AMIS),
    ("Account A shared an AMI whose snapshots use a customer managed KMS key by giving account "
     "B a launch permission. Account B can see the AMI, but every instance launch fails "
     "right away. What should the security engineer fix?", AMIS),
    ("should i use tls, server-side and client-side encryption together or just pick one",
     DATA_PROTECTION),
    ("guardduty inspector macie comparison", THREAT_DETECTION),
    ("which aws service finds cves and which one finds pii", THREAT_DETECTION),
    ("A company wants one place to view findings from GuardDuty, Inspector and Macie across "
     "all its accounts, plus automated checks against the CIS AWS Foundations Benchmark. "
     "Amazon Detective and AWS Config were considered. Which service should it enable?",
     THREAT_DETECTION),
    ("edge and governance overview", EDGE),
    ("which pages cover firewall governance and api gateway tls", EDGE),
    ("what does the security specialty exam test that these notes don't cover", EXAM_MAP),
    ("which pages help with the saa-c03 secure architectures domain", EXAM_MAP),
    ("ordering matching practice questions", PRACTICE),
    ("where are all the practice questions grouped by exam domain", PRACTICE),
    ("is there a short summary i can print for last-minute revision", CHEAT_SHEET),
    ("what is DHMC short for", GLOSSARY),
    ("OCSF acronym meaning", GLOSSARY),
    ("how do i turn on dark mode on this site", HOME),
    ("can i download the notes as a pdf or flashcards", HOME),
    # Batch 48: written before any ranking was looked at, each page judged from its content.
    (
        (
            "A security engineer writes a custom key policy for a new customer managed key and "
            "drops the statement that names the account root principal. A role whose IAM policy "
            "allows kms:Decrypt now gets AccessDeniedException. A colleague suggests attaching "
            "AdministratorAccess to the role. What actually fixes it?"
        ),
        KMS,
    ),
    (
        (
            "Compliance says the key material behind a customer managed KMS key must change every "
            "180 days, with no new key ID and no custom code. The team is weighing a monthly "
            "Lambda job that creates keys, Secrets Manager, and alias swaps. What is the simplest "
            "option?"
        ),
        KMS,
    ),
    ("RotateKeyOnDemand how many times per key", KMS),
    ("InvalidCiphertextException when decrypting with a different encryption context", KMS),
    ("aws owned key vs aws managed key vs customer managed key, which can I share or disable", KMS),
    ("KMS or CloudHSM: shared HSM fleet versus single-tenant HSMs, FIPS 140-3 level", KMS),
    ("what happens if I delete a kms key by mistake, can I get it back?", KMS),
    ("diagram of how KMS decides whether a Decrypt call is allowed or denied", KMS),
    (
        (
            "Auditors require that every client reading from an S3 bucket negotiate TLS 1.2 or "
            "newer. A few partners still run old clients. The team is considering S3 Block Public "
            "Access, SSE-KMS default encryption and a bucket policy. What should the bucket "
            "policy test?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A card-payment workload runs on EC2 behind a load balancer. Regulators say cardholder "
            "data may be decrypted only on the instances, never on any device in between. "
            "CloudFront with HTTPS-only origins and an ALB forwarding to an HTTPS target group are "
            "proposed. Which design keeps TLS unbroken to the instances?"
        ),
        IN_FLIGHT,
    ),
    ("s3:TlsVersion condition key bucket policy", IN_FLIGHT),
    (
        (
            "A company puts CloudFront in front of a custom origin on EC2 and installs a "
            "self-signed certificate on the origin. The same certificate worked behind an ALB, "
            "but CloudFront now answers 502 Bad Gateway. Why, and what should change?"
        ),
        IN_FLIGHT,
    ),
    ("if I use --no-verify-ssl in the cli am I open to man in the middle attacks?", IN_FLIGHT),
    ("where do the notes explain rds.force_ssl and require_secure_transport", IN_FLIGHT),
    (
        "ALB vs NLB vs CloudFront: where does TLS get terminated and is the next hop encrypted",
        IN_FLIGHT,
    ),
    (
        "SSE-S3 vs SSE-KMS vs DSSE-KMS vs SSE-C, which S3 encryption option should I pick",
        SERVER_SIDE,
    ),
    (
        (
            "In mid-2026 a developer creates a new general purpose bucket for an app that has "
            "always uploaded with customer-provided keys. Every PutObject now returns 403 "
            "AccessDenied, although the three key headers go over HTTPS and IAM allows "
            "s3:PutObject. Granting kms:GenerateDataKey and disabling Block Public Access were "
            "suggested. What is the real fix?"
        ),
        SERVER_SIDE,
    ),
    ("UpdateObjectEncryption switch existing objects to another KMS key in place", SERVER_SIDE),
    ("x-amz-server-side-encryption aws:kms:dsse header", SERVER_SIDE),
    (
        (
            "A key policy lets an analytics role decrypt only when "
            "kms:EncryptionContext:aws:s3:arn matches objects under the finance/ prefix of a "
            "bucket. Right after the team turns on an S3 Bucket Key, the role can no longer read "
            "newly written objects. What changed?"
        ),
        SERVER_SIDE,
    ),
    (
        "if I pass aws:kms without a key id does S3 use my bucket default key or aws/s3?",
        SERVER_SIDE,
    ),
    (
        (
            "A defense contractor keeps reports in Amazon S3. A regulation explicitly demands "
            "multilayer encryption at rest, with the key governed by a key policy the company "
            "writes. The architect is looking at SSE-C, client-side encryption and S3 Bucket "
            "Keys. Which server-side option fits?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "An application tries to protect 200 MB video files by calling the KMS Encrypt API "
            "directly, and every call fails. Someone proposes asking for a higher request quota or "
            "switching to an asymmetric key. What should the code do instead?"
        ),
        CLIENT_SIDE,
    ),
    ("Amazon S3 Encryption Client vs AWS Encryption SDK differences", CLIENT_SIDE),
    ("ordering practice question on envelope encryption GenerateDataKey then Decrypt", CLIENT_SIDE),
    ("is it really safe to keep the encrypted data key right beside the ciphertext?", CLIENT_SIDE),
    (
        (
            "Two partner firms must each be able to decrypt one stored copy of a dataset with a "
            "KMS key in their own AWS account, and the data must not be stored twice. SSE-KMS with "
            "a shared key and cross-account S3 replication are on the table. What approach meets "
            "this?"
        ),
        CLIENT_SIDE,
    ),
    ("what is a discovery keyring and why can't it encrypt anything", CLIENT_SIDE),
    (
        (
            "EBS encryption by default was switched on last month, yet an audit still lists dozens "
            "of unencrypted volumes attached to production instances. An engineer suggests "
            "ModifyVolume through Elastic Volumes. What does the team actually have to do?"
        ),
        STORAGE,
    ),
    (
        (
            "To move an unencrypted Aurora MySQL cluster to a customer managed key, an engineer "
            "snapshots it and calls CopyDBClusterSnapshot with the key, but the call errors out. "
            "Adding kms:ReEncrypt* to the key policy was suggested. What should be done?"
        ),
        STORAGE,
    ),
    ("elasticfilesystem:Encrypted condition key in an SCP", STORAGE),
    ("is dynamodb encrypted by default and can I change the key later without downtime?", STORAGE),
    (
        "encrypting existing data: EBS vs RDS vs Aurora vs DynamoDB vs EFS, which work in place",
        STORAGE,
    ),
    ("what changed for Aurora clusters encrypted by default since February 2026", STORAGE),
    (
        (
            "A security team must prove to auditors that EBS encryption by default is enabled in "
            "every Region of 50 member accounts. Organizations declarative policies for EC2 were "
            "considered. Which control reports Regions where the setting is off?"
        ),
        STORAGE,
    ),
    (
        (
            "A company replicates a versioned bucket in us-east-1 to one in eu-west-1. New objects "
            "with SSE-S3 show up in the destination, but objects under a customer managed KMS key "
            "never arrive, and nothing is throttled. Setting SSE-KMS default encryption on the "
            "destination and raising the KMS quota were proposed. What fixes it?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "Cross-Region replication of millions of SSE-KMS objects starts failing with HTTP 503 "
            "errors because KMS is throttling. What should the storage team try first, before a "
            "Service Quotas request?"
        ),
        S3_REPLICATION,
    ),
    (
        "when I add a replication rule, do the objects already in the bucket get copied?",
        S3_REPLICATION,
    ),
    (
        "diagram of the replication role using the source key and the destination key",
        S3_REPLICATION,
    ),
    (
        "which encrypted objects replicate without opt-in: plain, SSE-S3, SSE-C, SSE-KMS, DSSE-KMS",
        S3_REPLICATION,
    ),
    (
        (
            "Logs are replicated from workload accounts into a bucket in a central security "
            "account. The security account must own every replica and govern access with bucket "
            "policies alone, with the least setup. AccessControlTranslation with owner override "
            "is one option. What is the better choice?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "Account A added account B to an AMI's launch permission. Account B sees the image, "
            "but every launch fails with a KMS error. The AMI's snapshots use aws/ebs. Sharing "
            "the snapshots with createVolumePermission was suggested. What must account A do?"
        ),
        AMIS,
    ),
    ("ModifyImageAttribute launch permission for an organization or OU", AMIS),
    ("practice question where CopyImage of a shared encrypted AMI fails", AMIS),
    ("can I make an AMI with encrypted snapshots public?", AMIS),
    (
        (
            "A security team must ensure no AMI in any account or Region of its organization can "
            "ever be made public, while teams keep sharing images with named accounts. A service "
            "control policy denying ec2:ModifyImageAttribute and S3 Block Public Access are "
            "proposed. What has the least overhead?"
        ),
        AMIS,
    ),
    ("kms:ReEncrypted permission needed to share an ami", AMIS),
    (
        (
            "A team was given an AWS Marketplace AMI shared from a vendor account and runs "
            "CopyImage to keep its own copy under its own key. The copy is refused. How can the "
            "team still end up with an AMI it owns?"
        ),
        AMIS,
    ),
    ("SSM Parameter Store SecureString vs Secrets Manager: price, size limit, rotation", SECRETS),
    (
        (
            "A developer's Lambda function connects to an RDS database and needs the database "
            "password at run time. Options: a plain environment variable, a hard-coded string, a "
            "config file in the deployment package, or an environment variable encrypted with the "
            "helpers and decrypted with KMS at runtime. Which is most secure?"
        ),
        SECRETS,
    ),
    (
        (
            "A new policy says the master password of an RDS for PostgreSQL instance must rotate "
            "automatically at least every 30 days, and the company will not maintain rotation "
            "code. Turning on rotation for the instance's KMS key and a custom Lambda are "
            "suggested. What has the least effort?"
        ),
        SECRETS,
    ),
    ("ParameterMaxVersionLimitExceeded oldest version has a label", SECRETS),
    ("how long does the parameters and secrets lambda extension cache a secret?", SECRETS),
    (
        "multiple response question: reading a secret cross-account under aws/secretsmanager",
        SECRETS,
    ),
    (
        (
            "A company's EC2 bill spikes and the security team suspects hijacked instances are "
            "mining cryptocurrency. It wants to catch this from now on and stop affected instances "
            "automatically, with no software installed on them. Inspector with Systems Manager "
            "Automation and Macie discovery jobs are proposed. Which solution fits?"
        ),
        GUARDDUTY,
    ),
    ("UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", GUARDDUTY),
    ("guard duty bitcoin dns finding crypto minning", GUARDDUTY),
    (
        (
            "Overnight an attacker deleted thousands of objects from an S3 bucket and GuardDuty "
            "raised no finding. The account's trail does not log data events and VPC flow logs are "
            "off. Which settings could explain the silence?"
        ),
        GUARDDUTY,
    ),
    ("do I have to turn on cloudtrail or vpc flow logs myself for guardduty to work?", GUARDDUTY),
    (
        (
            "An in-house vulnerability scanner on one EC2 instance port-scans the fleet every "
            "night, and each run produces Recon:EC2/Portscan findings that flood Security Hub and "
            "the pager. Putting the scanner's IP in a threat list was suggested. How should the "
            "team quiet only these findings?"
        ),
        GUARDDUTY,
    ),
    (
        "GuardDuty EKS Protection vs Runtime Monitoring vs Malware Protection for containers",
        GUARDDUTY,
    ),
    (
        (
            "Some EC2 instances in a regulated enclave run no SSM Agent and no software may be "
            "installed on them. The team still needs package CVE findings and wants to know which "
            "ports the internet can reach. GuardDuty Runtime Monitoring and the old Inspector "
            "Classic agent are proposed. Which features fit?"
        ),
        INSPECTOR,
    ),
    (
        (
            "Container images pushed to ECR last week are pulled daily by a running service. A "
            "critical CVE is now published for a library inside them. The team wants findings "
            "without rebuilding or re-pushing. What must be true of the scanning configuration?"
        ),
        INSPECTOR,
    ),
    ("is inspector classic with assessment templates still a thing?", INSPECTOR),
    ("Inspector EC2 scanning: agent-based vs agentless vs hybrid mode compared", INSPECTOR),
    ("exam tip keywords that point to Amazon Inspector, like CVE and unpatched", INSPECTOR),
    (
        (
            "Two EC2 instances carry the same CVE with a CVSS base score of 9.8. Amazon Inspector "
            "scores it 9.8 on one and lower on the other. An analyst blames EPSS or a suppression "
            "rule. What is the likely reason?"
        ),
        INSPECTOR,
    ),
    ("practice questions on macie", MACIE),
    ("macie custum data identifer not detecting our customer numbers", MACIE),
    ("can macie scan my dynamodb tables or rds databases for PII?", MACIE),
    (
        (
            "A healthcare provider has 400 S3 buckets spread over its accounts and needs a "
            "continuing picture of which ones likely hold health insurance numbers, at low cost, "
            "without inspecting every object. A one-off full discovery job and GuardDuty S3 "
            "Protection are suggested. What should it use?"
        ),
        MACIE,
    ),
    ("Macie automated sensitive data discovery versus sensitive data discovery jobs", MACIE),
    (
        (
            "In Security Hub CSPM the team sees Macie policy findings but not a single sensitive "
            "data finding, even though the Macie console lists hundreds. Enabling the Foundational "
            "Security Best Practices standard was suggested. What is the likely cause?"
        ),
        MACIE,
    ),
    (
        (
            "A company has 60 accounts in AWS Organizations and adds more each month. Every "
            "Application Load Balancer, including those in future accounts, must carry the same "
            "AWS WAF rules that account teams cannot remove. A scheduled Lambda in each account, "
            "an SCP and Shield Advanced are proposed. Which is least effort?"
        ),
        FIREWALL_MANAGER,
    ),
    ("firewal manger prerequisites aws config organizations all features", FIREWALL_MANAGER),
    (
        (
            "A default Firewall Manager administrator already exists in a security account. The "
            "network team's account should manage only Network Firewall policies and only for the "
            "production OU. Who has to create that administrator, and how is it limited?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        "Firewall Manager vs AWS WAF vs Shield Advanced vs Network Firewall: what each does",
        FIREWALL_MANAGER,
    ),
    ("at a glance summary of the Firewall Manager policy types", FIREWALL_MANAGER),
    (
        "why does firewall manager need resource access manager for dns firewall policies?",
        FIREWALL_MANAGER,
    ),
    (
        (
            "A company wants Shield Advanced on its Route 53 hosted zones, CloudFront "
            "distributions and Elastic IPs across all accounts, and already manages other "
            "protections with Firewall Manager. What must it do differently for the hosted zones?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "An edge-optimized REST API runs in eu-west-1 and should answer at api.example.com. "
            "An admin requested and validated an ACM certificate in eu-west-1, but it is not "
            "offered when creating the custom domain name. Copying the certificate across Regions "
            "was suggested. What should the admin do?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        "edge-optimized vs regional vs private API endpoint: which Region holds the ACM cert",
        API_GATEWAY_ACM,
    ),
    ("exam tip box about mutual TLS and the S3 truststore for API Gateway", API_GATEWAY_ACM),
    (
        (
            "A company exposes a REST API to business partners. Only partners presenting a client "
            "certificate signed by the company's own CA may call it, and there must be no other "
            "way in. An edge-optimized domain with mTLS on its CloudFront distribution was "
            "proposed. Which combination of steps works?"
        ),
        API_GATEWAY_ACM,
    ),
    ("can a private api gateway api have its own custom domain name now?", API_GATEWAY_ACM),
    (
        "API Gateway legacy TLS_1_2 policy vs enhanced SecurityPolicy_ policies with mTLS",
        API_GATEWAY_ACM,
    ),
    (
        "encryption in transit vs at rest vs client-side: who holds the keys, what each protects",
        DATA_PROTECTION,
    ),
    (
        "should I use TLS, server-side and client-side encryption together or just pick one?",
        DATA_PROTECTION,
    ),
    (
        "which encryption layer stops disk theft vs network eavesdropping vs the storage operator",
        DATA_PROTECTION,
    ),
    (
        "GuardDuty vs Inspector vs Macie: which one for threats, CVEs or sensitive data",
        THREAT_DETECTION,
    ),
    (
        "matching practice question pairing requirements with GuardDuty, Inspector or Macie",
        THREAT_DETECTION,
    ),
    (
        (
            "A company runs GuardDuty, Inspector and Macie in 60 accounts. Security wants one "
            "place that shows all their findings together with checks against the AWS "
            "Foundational Security Best Practices standard. An AWS Config aggregator and "
            "EventBridge rules per service are proposed. Which service fits?"
        ),
        THREAT_DETECTION,
    ),
    ("overview of the edge section: Firewall Manager policies and API Gateway certificates", EDGE),
    (
        "how Firewall Manager, AWS Config, RAM, ACM and API Gateway mTLS fit together at the edge",
        EDGE,
    ),
    ("keyboard shortcut to open search and look up an acronym like PII or SSE-KMS", HOME),
    ("download the AWS security notes as a PDF or offline copy with flashcards", HOME),
    (
        "which SCS-C03 domain does the secrets management page serve, and the domain weights",
        EXAM_MAP,
    ),
    ("do these notes cover IAM Identity Center, Security Lake or organization trails?", EXAM_MAP),
    (
        "all practice questions by exam domain: multiple response, ordering and matching items",
        PRACTICE,
    ),
    ("where can I quiz myself on every topic in one place?", PRACTICE),
    ("two page printable summary of every exam fact for the night before the test", CHEAT_SHEET),
    ("print the at a glance tables for KMS, GuardDuty and Macie on A4", CHEAT_SHEET),
    ("what do the abbreviations PKCS and JCE stand for", GLOSSARY),
    ("glossary of acronyms with what each stands for, e.g. KEK, DEK, SLR", GLOSSARY),
    # Batch 49: written before any ranking was looked at, each page judged from its content.
    ("BYOK origin EXTERNAL", KMS),
    ("Recon:EC2/Portscan suppression", GUARDDUTY),
    ("envelope encryption dek kek", CLIENT_SIDE),
    ("ModifyImageAttribute launch permission", AMIS),
    ("IAM Identity Center", EXAM_MAP),
    ("ABAC meaning", GLOSSARY),
    ("cancel key deletion key stays disabled", KMS),
    ("external key store xks vs cloudhsm key store", KMS),
    ("multi region kms key replica own key policy", KMS),
    ("guardduty s3 protection mass deleteobject no finding", GUARDDUTY),
    ("gaurdduty high severity finding email sns", GUARDDUTY),
    ("encrypt unencrypted rds instance snapshot copy restore", STORAGE),
    ("dynamodb change kms key type no downtime", STORAGE),
    ("nlb tcp listener 443 backend decrypts tls", IN_FLIGHT),
    ("acm email validation ending switch to dns", IN_FLIGHT),
    ("ecr image rescan duration continuous scanning 14 days", INSPECTOR),
    ("agentless ec2 vulnerabilty scan without ssm agent", INSPECTOR),
    ("replication broke after bucket keys kms decrypt destination", S3_REPLICATION),
    ("replicate sse-c objects destination bucket 403", S3_REPLICATION),
    ("sse-c upload 403 new bucket blockedencryptiontypes", SERVER_SIDE),
    ("firewall manager network firewall policy ram sharing", FIREWALL_MANAGER),
    ("parameter store securestring vs secrets manager price", SECRETS),
    ("macie skips objects encrypted customer managed key", MACIE),
    ("edge optimized api custom domain cert region", API_GATEWAY_ACM),
    ("kms encrypt fails on 50mb file", CLIENT_SIDE),
    ("copyimage fails shared ami snapshot permission", AMIS),
    ("organization trail security lake where to study", EXAM_MAP),
    ("guardduty or inspector or macie which one", THREAT_DETECTION),
    ("encryption in transit vs at rest vs clientside", DATA_PROTECTION),
    (
        (
            "A security engineer created a customer managed KMS key with the CreateKey API, "
            "passing a key policy that names only a KeyAdmin role. A Lambda execution role whose "
            "IAM policy allows kms:Decrypt on the key receives AccessDeniedException. What is "
            "the most likely cause, and what should the engineer change?"
        ),
        KMS,
    ),
    (
        (
            "A financial institution must generate its own 256-bit key material in an "
            "on-premises HSM and use it for S3 and EBS encryption through AWS KMS. Auditors also "
            "require the ability to remove the key material from AWS instantly, without waiting "
            "for a deletion window. Which solution meets these requirements?"
        ),
        KMS,
    ),
    (
        (
            "A company is migrating an Oracle database that uses Transparent Data Encryption and "
            "a web tier that offloads SSL processing to hardware. The security team requires "
            "dedicated, single-tenant HSMs that it controls, accessed through PKCS #11. Which "
            "AWS service should the company use?"
        ),
        KMS,
    ),
    (
        (
            "A company runs microservices on Amazon ECS, some on AWS Fargate and some on EC2 "
            "container instances. The security team needs to detect crypto miners and reverse "
            "shells started inside running containers and does not want to install or update "
            "agents itself. Which solution should a security engineer recommend?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "The temporary credentials of an EC2 instance role were used to call AWS APIs from "
            "an IP address that does not belong to AWS. The security team wants to be alerted "
            "automatically whenever credentials issued to an instance are used outside AWS. "
            "Which service meets this requirement with the least effort?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "A company stores customer data in Amazon Aurora PostgreSQL. The security team wants "
            "alerts on brute-force login attempts, on a successful login that follows many "
            "failures, and on unusually large reads, without changing database settings or "
            "installing agents. What should the team enable?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "An unencrypted Amazon Aurora MySQL cluster must be moved to encryption at rest "
            "under a customer managed KMS key. An engineer's attempt to run "
            "CopyDBClusterSnapshot with a KmsKeyId fails with an error. Which approach produces "
            "an encrypted cluster?"
        ),
        STORAGE,
    ),
    (
        (
            "A company's Amazon RDS for PostgreSQL manual snapshots are encrypted with the "
            "default aws/rds key. An external auditor's AWS account must restore a copy of the "
            "database from one of these snapshots. Which steps allow this?"
        ),
        STORAGE,
    ),
    (
        (
            "For disaster recovery, a company must copy encrypted EBS snapshots from us-east-1 "
            "to eu-central-1 every night and be able to create volumes from them there. The "
            "snapshots are encrypted with a single-Region customer managed key. What must each "
            "copy operation specify?"
        ),
        STORAGE,
    ),
    (
        (
            "An audit shows that some clients connect to an Amazon RDS for MySQL 8.0 DB instance "
            "without TLS, even though the instance is encrypted at rest with a customer managed "
            "KMS key. The database must reject every unencrypted connection. What should the "
            "security engineer do?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A developer turned off certificate verification in an application's HTTP client "
            "because an internal service presents a self-signed certificate. The traffic still "
            "uses HTTPS. The security team is worried that an attacker on the network could "
            "intercept it. How should the connection be protected?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A company builds container images in AWS CodeBuild and pushes them to Amazon ECR. "
            "Security requires that any image containing a critical CVE is rejected during the "
            "build, before it ever reaches the registry. Which approach meets this requirement?"
        ),
        INSPECTOR,
    ),
    (
        (
            "A company set up Cross-Region Replication between two versioned buckets in the same "
            "account. Objects uploaded with SSE-S3 appear in the destination, but objects "
            "uploaded with SSE-KMS under a customer managed key never arrive, and no throttling "
            "is logged. What must be added to the replication configuration?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A workload account replicates audit logs to a bucket in a central logging account. "
            "The logging team requires that the logging account own every replica so that access "
            "is governed only by bucket policies, with the least configuration. What should be "
            "set on the destination bucket?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A regulated company must keep its encryption keys in its own on-premises key "
            "management system, and the keys must never be stored in AWS. The company still "
            "wants Amazon S3, not application code, to encrypt and decrypt the objects at rest. "
            "Which option meets these requirements?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "A company with 80 accounts in AWS Organizations adds new accounts every quarter. "
            "Every CloudFront distribution and Application Load Balancer, including those in "
            "future accounts, must carry a common set of AWS WAF rule groups that account owners "
            "cannot remove. Which solution needs the least ongoing effort?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A company's security account is the default Firewall Manager administrator. The "
            "networking team's account should manage only DNS Firewall policies, and only for "
            "the accounts in the Production OU. Which account must create this administrator, "
            "and how should it be scoped?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A high-traffic Lambda function calls GetSecretValue on every invocation to obtain "
            "database credentials. The Secrets Manager bill and the function's latency have "
            "risen sharply. Which change reduces both with minimal code change?"
        ),
        SECRETS,
    ),
    (
        (
            "An application role in account B must read a Secrets Manager secret that lives in "
            "account A. The secret is encrypted with the AWS managed key aws/secretsmanager, and "
            "the role's IAM policy already allows the required actions. What must account A "
            "change?"
        ),
        SECRETS,
    ),
    (
        (
            "A healthcare company has hundreds of S3 buckets across many accounts and wants a "
            "continuous, low-cost view of which buckets probably contain health insurance "
            "numbers and other personal data. It does not need every object analyzed. What "
            "should the security team enable?"
        ),
        MACIE,
    ),
    (
        (
            "A security team reviewing AWS Security Hub CSPM sees Macie findings about buckets "
            "that became public, but none about credit card numbers, although the Macie console "
            "lists many such findings. What explains this?"
        ),
        MACIE,
    ),
    (
        (
            "A company deploys an edge-optimized REST API in ap-southeast-2 and wants to serve "
            "it at api.example.com. The team requested and validated an ACM certificate in "
            "ap-southeast-2, but it is not offered when creating the custom domain name. What "
            "should the team do?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "A law firm stores case files in Amazon S3. A new policy requires that neither AWS "
            "nor anyone holding S3 read permissions can ever see the file contents in plaintext. "
            "Which approach satisfies this policy?"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "Account A shared an AMI with account B by adding it to the launch permission. "
            "Account B can see the AMI, but every instance launch fails with a KMS error. The "
            "AMI's snapshots are encrypted with the default aws/ebs key. What should account A "
            "do?"
        ),
        AMIS,
    ),
    (
        (
            "A company runs GuardDuty, Inspector and Macie in 50 accounts. The security team "
            "wants one place to view all of their findings and to check every account against "
            "the CIS AWS Foundations Benchmark. Which service should the team use?"
        ),
        THREAT_DETECTION,
    ),
    ("how do i let another aws account decrypt data with my kms key", KMS),
    ("does guardduty need me to turn on vpc flow logs and a cloudtrail trail first", GUARDDUTY),
    (
        (
            "why are my old ebs volumes still unencrypted after turning on encryption by default"
        ),
        STORAGE,
    ),
    ("does encrypting an rds database with kms also encrypt the connections to it", IN_FLIGHT),
    ("why is the inspector score lower than the cvss score for the same cve", INSPECTOR),
    (
        (
            "what happens to objects that were already in the bucket before i created the "
            "replication rule"
        ),
        S3_REPLICATION,
    ),
    ("what is the difference between sse-s3 and sse-kms", SERVER_SIDE),
    ("can firewall manager add shield advanced to route 53 hosted zones", FIREWALL_MANAGER),
    ("how do i rotate an api key that isnt a database password", SECRETS),
    ("can a private rest api have its own custom domain name", API_GATEWAY_ACM),
    ("why is it safe to keep the encrypted data key next to the ciphertext", CLIENT_SIDE),
    ("how do i share an encrypted ami with a whole organizational unit", AMIS),
    ("what does OCSF stand for", GLOSSARY),
    ("which pages of these notes cover each scs-c03 domain", EXAM_MAP),
    ("overview page comparing the three threat detection services", THREAT_DETECTION),
    ("list of every acronym used in the notes", GLOSSARY),
    ("where does the encryption section start and what pages are in it", DATA_PROTECTION),
    ("section overview for firewall manager and api gateway certificates", EDGE),
    ("where can i test myself with ordering and matching questions", PRACTICE),
    ("printable summary to revise the night before the exam", CHEAT_SHEET),
    ("two page cheat sheet to print", CHEAT_SHEET),
    # Batch 50: written before any ranking was looked at, each page judged from its content.
    ("how long is the waiting period before a kms key is really deleted", KMS),
    ("AccessDeniedException on kms decrypt even tho the iam policy allows it", KMS),
    ("RotateKeyOnDemand limit 25 or 10 rotations, custom rotation period what changed", KMS),
    ("cloudhsm vs kms single tenant fips 140-3 pkcs11 which to pick", KMS),
    ("which option keeps key material outside aws but s3 and ebs still encrypt through kms", KMS),
    ("DeleteImportedKeyMaterial byok erase key from aws immediately", KMS),
    ("kms ThrottlingException how many requests per second is the default quota", KMS),
    (
        (
            "A key policy statement uses Principal * so that every role in account 111122223333 "
            "can decrypt with the key. The security team must make sure principals of other "
            "accounts cannot use it. Which condition key should the statement include?"
        ),
        KMS,
    ),
    ("email the team on guardduty findings with eventbridge rule and sns topic", GUARDDUTY),
    (
        (
            "CryptoCurrency:EC2/BitcoinTool.B!DNS what does each part of the finding name mean"
        ),
        GUARDDUTY,
    ),
    ("do i need to turn on vpc flow logs or create a cloudtrail trail for guarduty", GUARDDUTY),
    (
        (
            "guardduty s3 data events not part of foundational sources anymore s3 protection plan"
        ),
        GUARDDUTY,
    ),
    ("suppress port scan findings from our own vulnerability scanner instance", GUARDDUTY),
    ("how often are repeated guardduty findings sent to eventbridge default 6 hours", GUARDDUTY),
    (
        (
            "A company's access keys were stolen and used to launch instances in a Region the "
            "company never uses. The security team wants threat detection in every account and "
            "every Region, including accounts created later, with minimal effort. What should it "
            "do?"
        ),
        GUARDDUTY,
    ),
    ("encrypt an existing unencrypted rds database snapshot copy then restore", STORAGE),
    ("EnableEbsEncryptionByDefault per region does it encrypt old volumes", STORAGE),
    ("switch dynamodb table from aws owned key to customer managed key without downtime", STORAGE),
    ("aurora clusters encrypted by default since february 2026 aws owned key", STORAGE),
    ("efs refuse clients without tls file system policy mount -o tls", STORAGE),
    (
        (
            "auto scaling instances fail to launch ebs customer managed key "
            "AWSServiceRoleForAutoScaling key policy"
        ),
        STORAGE,
    ),
    (
        (
            "Every night a company copies encrypted RDS snapshots from us-east-1 to eu-west-1 "
            "for disaster recovery. The copy fails with a KMS error. What must the engineer "
            "change in the copy?"
        ),
        STORAGE,
    ),
    ("bucket policy deny when aws:SecureTransport is false to force https", IN_FLIGHT),
    ("rds.force_ssl vs require_secure_transport parameter group to require tls", IN_FLIGHT),
    ("imported acm certificate not auto renewed approaching expiration event 45 days", IN_FLIGHT),
    ("nlb tcp listener on 443 so the load balancer never decrypts traffic", IN_FLIGHT),
    ("acm email validation retired 2027 move existing cert to dns validation", IN_FLIGHT),
    (
        (
            "A compliance rule says every client of an S3 bucket must use TLS 1.2 or later. Some "
            "legacy applications still negotiate TLS 1.0. How can the company enforce the rule "
            "on the bucket?"
        ),
        IN_FLIGHT,
    ),
    ("inspector new cve finding start patching with eventbridge and systems manager", INSPECTOR),
    ("inspector agentless ebs snapshot scanning vs ssm agent hybrid mode", INSPECTOR),
    ("ecr re-scan duration default 14 days continuous scanning inspector", INSPECTOR),
    ("inspector classic assessment templates and assessment runs end of support", INSPECTOR),
    ("inspector score vs cvss vs epss which vulnerability to patch first", INSPECTOR),
    (
        (
            "A team builds container images in CodeBuild. It wants the build to fail when an "
            "image has critical CVEs, before the image is ever pushed to Amazon ECR. Which "
            "solution meets this requirement?"
        ),
        INSPECTOR,
    ),
    (
        (
            "what permission does the replication role need on the destination key when bucket "
            "keys are on"
        ),
        S3_REPLICATION,
    ),
    ("SseKmsEncryptedObjects and ReplicaKmsKeyID in the replication configuration", S3_REPLICATION),
    ("do sse-c objects replicate now, destination BlockedEncryptionTypes 403", S3_REPLICATION),
    ("replciation 503 errors kms throttling busy bucket", S3_REPLICATION),
    (
        (
            "objects uploaded before the replication rule not copied batch replication versioning"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A company replicates a bucket to a bucket in another account. Objects encrypted "
            "with SSE-S3 arrive in the destination, but objects encrypted with SSE-KMS never do. "
            "What should the security engineer configure?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "sse-s3 vs sse-kms vs dsse-kms which one for two layers of encryption compliance"
        ),
        SERVER_SIDE,
    ),
    ("aws s3api put-bucket-encryption default sse-kms with bucket key enabled", SERVER_SIDE),
    ("bucket policy deny s3:PutObject unless x-amz-server-side-encryption is aws:kms", SERVER_SIDE),
    ("UpdateObjectEncryption change kms key of stored objects without copying them", SERVER_SIDE),
    ("sse-c blocked by default on new buckets since april 2026 how to unblock", SERVER_SIDE),
    (
        (
            "upload with aws:kms header but no key id uses aws/s3 not the bucket default key why"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "paramter store securestring or secrets manager if the db password has to rotate "
            "automatically"
        ),
        SECRETS,
    ),
    ("lambda database password encrypted env variable vs secrets manager extension cache", SECRETS),
    ("parameter store advanced tier 8 kb 100000 parameters can it go back to standard", SECRETS),
    (
        (
            "other account can't read my secret encrypted with aws/secretsmanager resource policy"
        ),
        SECRETS,
    ),
    ("secrets manager recovery window 7 to 30 days restore a deleted secret", SECRETS),
    (
        (
            "An application connects to an Amazon RDS for MySQL database with a master user "
            "password. The company must rotate the password automatically with the least "
            "operational overhead and without writing any code. Which solution meets these "
            "requirements?"
        ),
        SECRETS,
    ),
    ("firewall manager prerequisites aws config and organizations all features", FIREWALL_MANAGER),
    ("who can create a scoped firewall manager administrator account", FIREWALL_MANAGER),
    (
        (
            "which service applies the same waf rules to every alb in all accounts incl new "
            "accounts automatically"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "network firewall and dns firewall policy need ram resource sharing with "
            "organizations"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "does a shield advanced policy in fms cover route 53 hosted zones and global "
            "accelerator"
        ),
        FIREWALL_MANAGER,
    ),
    ("macie S3BucketSharedExternally policy finding vs sensitive data finding", MACIE),
    ("macie skips objects encrypted with a customer managed kms key key policy", MACIE),
    ("custom data identifier for employee ids not used by automated discovery", MACIE),
    (
        (
            "A company stores millions of objects in hundreds of S3 buckets across its "
            "organization. It needs ongoing visibility into which buckets probably hold PII, "
            "without scanning every object. What should it use?"
        ),
        MACIE,
    ),
    ("edge optimized api custom domain which region for the acm certficate", API_GATEWAY_ACM),
    ("api gateway mtls truststore in s3 regional custom domain", API_GATEWAY_ACM),
    ("disableExecuteApiEndpoint so clients can't bypass the custom domain", API_GATEWAY_ACM),
    (
        (
            "custom domain names for private apis supported now domain name access association"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "A REST API in eu-west-1 uses an edge-optimized endpoint with a custom domain name. "
            "The team imported its certificate into ACM in eu-west-1 but cannot select it for "
            "the custom domain. What should the team do?"
        ),
        API_GATEWAY_ACM,
    ),
    ("GenerateDataKey returns plaintext and CiphertextBlob which one do i store", CLIENT_SIDE),
    ("kms encrypt fails on a file bigger than 4 kb", CLIENT_SIDE),
    ("when to use GenerateDataKeyWithoutPlaintext", CLIENT_SIDE),
    (
        (
            "encryption sdk multi keyring so two partners can each decrypt with their own kms key"
        ),
        CLIENT_SIDE,
    ),
    ("s3 encryption client vs sse-kms when s3 must never see the plaintext", CLIENT_SIDE),
    ("shared encrypted ami visible but launch fails in the other account", AMIS),
    ("aws ec2 modify-image-attribute --launch-permission add account id", AMIS),
    ("copy a shared ami into my own account needs createVolumePermission on snapshots", AMIS),
    ("share an ami with a whole organization or ou arn instead of account ids", AMIS),
    (
        (
            "Account A shares an AMI with account B. Account B can see the AMI, but instances "
            "fail to launch. The AMI's snapshots are encrypted with the aws/ebs key. What must "
            "account A do?"
        ),
        AMIS,
    ),
    (
        (
            "guardduty or inspector or macie how do i tell which one the question wants"
        ),
        THREAT_DETECTION,
    ),
    ("does each detective service need its own delegated admin in organizations", THREAT_DETECTION),
    ("security hub cspm vs the new security hub exposure findings ocsf", THREAT_DETECTION),
    ("which of guardduty inspector macie need an agent installed", THREAT_DETECTION),
    ("encryption at rest vs in transit vs client side who holds the keys", DATA_PROTECTION),
    ("should tls server side and client side encryption be combined as layers", DATA_PROTECTION),
    ("overview of the data protection pages kms sse replication amis secrets", DATA_PROTECTION),
    ("summary of the firewall manager and api gateway certificate section", EDGE),
    ("organization wide firewall policies and api custom domain tls overview", EDGE),
    ("scs-c03 replaced scs-c02 what's new ordering and matching questions", EXAM_MAP),
    ("what does this site not cover iam identity center security lake where to study", EXAM_MAP),
    ("which pages help for saa-c03 design secure architectures domain", EXAM_MAP),
    ("list of all acronyms and abbreviations", GLOSSARY),
    ("what is sm4 and sm2 china regions", GLOSSARY),
    ("download pdf or offline copy of the notes", HOME),
    ("flashcards to revise on my phone", HOME),
    ("what do the orange boxes mean on each page", HOME),
    ("one page with every exam fact for all the services", CHEAT_SHEET),
    ("more exam questions to test myself matching and ordering items", PRACTICE),
    # Batch 51: written before any ranking was looked at, each page judged from its content.
    (
        (
            "A developer created a customer managed KMS key with CreateKey and a custom key "
            "policy that names only an administrator role. An application role whose IAM policy "
            "allows kms:Decrypt still gets AccessDeniedException. A colleague suggests attaching "
            "AdministratorAccess to the role. What should the security engineer change?"
        ),
        KMS,
    ),
    (
        (
            "A security team wants to retire a customer managed KMS key it believes nobody uses "
            "anymore. It must be able to undo the change if something breaks and wants an alert "
            "if anything still calls the key while it waits to be removed. Which sequence of "
            "actions is safest?"
        ),
        KMS,
    ),
    (
        (
            "Auditors require that nobody can read or write objects in an S3 bucket over plain "
            "HTTP, including roles from two partner accounts. A teammate proposes setting "
            "default encryption to SSE-KMS and another suggests turning on Block Public Access. "
            "Which solution meets the requirement?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A payment application runs on EC2 instances behind a load balancer. Regulations say "
            "card data may only be decrypted on the instances, never on an intermediate device. "
            "An architect proposed an Application Load Balancer with an HTTPS listener "
            "forwarding to an HTTPS target group. Which design actually meets the requirement?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A company must keep its encryption keys in its own on-premises key store and never "
            "store them in AWS. It still wants Amazon S3, not its own code, to encrypt the "
            "objects at rest. One engineer suggested SSE-KMS with imported key material. Which "
            "option meets these requirements?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "An application has to encrypt 200 MB video archives with a KMS key before uploading "
            "them. Every call to the KMS Encrypt API fails. A teammate wants to request a quota "
            "increase for the request size. What should the application do instead?"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "A security audit finds customer records on an unencrypted EBS data volume attached "
            "to a production EC2 instance. The data must be encrypted with a customer managed "
            "key and a short maintenance window is acceptable. An engineer suggests using "
            "ModifyVolume to switch on encryption in place. Which solution works?"
        ),
        STORAGE,
    ),
    (
        (
            "A company replicates a versioned bucket in us-east-1 to a versioned bucket in "
            "eu-west-1 in the same account. New SSE-S3 objects show up in the destination but "
            "SSE-KMS objects never arrive, and nothing is throttled. Someone proposed enabling "
            "S3 Transfer Acceleration. Which action fixes this?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "Account A added account B to the launch permission of an AMI. Account B can see the "
            "image but every launch fails with a KMS error, and the AMI's snapshots are "
            "encrypted with the aws/ebs key. What must account A do so account B can launch "
            "instances?"
        ),
        AMIS,
    ),
    (
        (
            "A company runs an RDS for MySQL database and the master user password must be "
            "rotated automatically at least every 30 days. The company does not want to write or "
            "maintain rotation code. Storing the password as a SecureString parameter with a "
            "scheduled Lambda function was suggested. Which solution has the LEAST operational "
            "overhead?"
        ),
        SECRETS,
    ),
    (
        (
            "A developer is writing a Lambda function that connects to an RDS database and needs "
            "the password at run time. Options mentioned were a plain environment variable, a "
            "file in the deployment package and a hard-coded value. Which approach is the MOST "
            "secure?"
        ),
        SECRETS,
    ),
    (
        (
            "The monthly bill shows a jump in EC2 usage and the security team suspects instances "
            "were hijacked to mine cryptocurrency. They must detect this from now on and isolate "
            "affected instances automatically without installing software. Amazon Inspector and "
            "AWS Config rules were proposed. Which solution meets the requirements?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "An attacker deleted thousands of objects from an S3 bucket overnight. GuardDuty is "
            "enabled in the account and Region but raised no finding about the deletions. Which "
            "configuration could explain why the activity went unnoticed?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "A company runs workloads on EC2 instances, as container images in Amazon ECR and as "
            "Lambda functions. The security team must find known CVEs in all three continuously, "
            "including CVEs published after deployment, without scheduling scans. A consultant "
            "recommended creating assessment templates and assessment runs. What should the team "
            "use?"
        ),
        INSPECTOR,
    ),
    (
        (
            "Two EC2 instances have the same CVE with a CVSS base score of 9.8. The Amazon "
            "Inspector score is 9.8 on one instance but lower on the other. What is the most "
            "likely reason?"
        ),
        INSPECTOR,
    ),
    (
        (
            "A healthcare company has 400 S3 buckets across its accounts and needs an ongoing "
            "view of which buckets probably hold health insurance numbers. It wants low cost and "
            "effort and does not need every object analyzed. GuardDuty S3 Protection was "
            "mentioned as an option. Which solution meets these requirements?"
        ),
        MACIE,
    ),
    (
        (
            "Amazon Macie reports that a bucket holding customer exports has become publicly "
            "readable. The company wants the bucket closed to the public automatically within "
            "minutes each time this happens. An engineer proposes turning on Macie's built-in "
            "remediation setting. What should they do?"
        ),
        MACIE,
    ),
    (
        (
            "A company has 60 accounts in AWS Organizations and creates new ones every month. "
            "Every Application Load Balancer, including those in future accounts, must use the "
            "same AWS WAF rules, and account teams must not be able to remove them. "
            "CloudFormation StackSets and an SCP were suggested. Which solution has the LEAST "
            "operational overhead?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A company runs an edge-optimized REST API in eu-west-1 and wants to serve it at "
            "api.example.com. The administrator validated an ACM certificate in eu-west-1, but "
            "it does not appear when creating the custom domain name. A colleague suggests "
            "copying the certificate. What should be done?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "A company runs GuardDuty, Inspector and Macie in 60 accounts. The security team "
            "wants one place to see all their findings together with checks against the AWS "
            "Foundational Security Best Practices standard. EventBridge rules per service and an "
            "AWS Config aggregator were proposed. Which service meets the requirement?"
        ),
        THREAT_DETECTION,
    ),
    ("what do the orange boxes mean compared to the green ones", HOME),
    ("how do i switch the notes to dark mode", HOME),
    ("can i download these notes as a pdf or an offline copy", HOME),
    ("i'm new here, where should i start with these notes", HOME),
    ("printable two page summary to read the night before the exam", CHEAT_SHEET),
    ("quick revision sheet with all the exam keywords in one place", CHEAT_SHEET),
    ("list of all acronyms and abbreviations used on this site", GLOSSARY),
    ("where can i look up what an abbreviation like SLR or DHMC stands for", GLOSSARY),
    ("exam domain weights for scs-c03", EXAM_MAP),
    ("which exam topics do these notes not cover, like security lake or identity center", EXAM_MAP),
    (
        (
            "which pages help with the secure architectures domain of the solutions architect "
            "associate exam"
        ),
        EXAM_MAP,
    ),
    ("how is scs-c03 different from the old scs-c02 exam", EXAM_MAP),
    ("quiz with every practice question grouped by exam domain", PRACTICE),
    ("where can i practise matching and ordering type questions", PRACTICE),
    ("test myself on incident response domain questions", PRACTICE),
    ("which pages cover encryption at rest and in transit", DATA_PROTECTION),
    ("what pages are in the threat detection section", THREAT_DETECTION),
    ("is there a section on firewall manager and api gateway certificates", EDGE),
    ("guardduty vs inspector vs macie, which one do i need for a small startup", THREAT_DETECTION),
    (
        (
            "security hub vs security hub cspm, what is the difference and where do findings meet"
        ),
        THREAT_DETECTION,
    ),
    (
        (
            "encryption in transit vs at rest vs client side, who holds the keys in each and are "
            "they alternatives"
        ),
        DATA_PROTECTION,
    ),
    ("should my app encrypt before upload or should i let s3 encrypt server side", CLIENT_SIDE),
    ("sse-s3 vs sse-kms vs dsse-kms vs sse-c which to pick", SERVER_SIDE),
    ("parameter store or secrets manager for database credentials, cost and rotation", SECRETS),
    ("kms vs cloudhsm, when do i need a single tenant hsm", KMS),
    (
        (
            "firewall manager compared with just using waf, shield and network firewall per "
            "account"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "edge-optimized vs regional vs private api endpoints, where does the certificate go"
        ),
        API_GATEWAY_ACM,
    ),
    ("how do ebs, rds, dynamodb and efs differ in when you can turn on encryption", STORAGE),
    ("alb vs nlb vs cloudfront, where is tls terminated and decrypted", IN_FLIGHT),
    ("macie automated discovery vs classification jobs, coverage and cost", MACIE),
    ("inspector agent-based vs agentless ec2 scanning, what is hybrid mode", INSPECTOR),
    (
        (
            "guardduty s3 protection vs runtime monitoring vs malware protection, which plan "
            "detects what"
        ),
        GUARDDUTY,
    ),
    (
        (
            "which encrypted objects replicate by default: sse-s3, sse-c, sse-kms, dsse-kms"
        ),
        S3_REPLICATION,
    ),
    ("s3 bucket keys cut kms costs", SERVER_SIDE),
    ("sse-c blocked by default 403 new bucket", SERVER_SIDE),
    ("kms throttlingexception too many requests", KMS),
    ("change kms auto rotation period 180 days", KMS),
    ("tls 1.2 minimum s3 bucket policy", IN_FLIGHT),
    ("acm managed renewal eligibility imported cert", IN_FLIGHT),
    ("envelope encryption generatedatakey data key", CLIENT_SIDE),
    ("s3 encryption client vs encryption sdk", CLIENT_SIDE),
    ("turn on default ebs encryption all regions", STORAGE),
    ("encrypt existing rds instance snapshot copy", STORAGE),
    ("share encrypted ami with anothr account", AMIS),
    ("copyimage fails on shared ami snapshots", AMIS),
    ("replication role kms decrypt encrypt permisions", S3_REPLICATION),
    ("replicate objects already in bucket batch", S3_REPLICATION),
    ("rotate rds password automaticaly", SECRETS),
    ("read secret from another account resource policy", SECRETS),
    ("delegated admin account for all three detectors", THREAT_DETECTION),
    ("guardduty findings email via sns", GUARDDUTY),
    ("guardduty suppress portscan from our scanner", GUARDDUTY),
    ("inspecter ecr rescan duration 14 days", INSPECTOR),
    ("macie custom data identifer regex", MACIE),
    ("macie alert when bucket made public", MACIE),
    ("acm cert us-east-1 edge optimized api", API_GATEWAY_ACM),
    ("scs-c03 task statements", EXAM_MAP),
    # Batch 52: written before any ranking was looked at, each page judged from its content.
    ("kms ThrottlingException", KMS),
    ("rotate customer managed key every 180 days", KMS),
    ("imported key material expiry delete immediatly", KMS),
    ("why do i still get AccessDeniedException when my role's iam policy allows kms:Decrypt", KMS),
    ("can i undo a kms key deletion i scheduled by mistake", KMS),
    (
        (
            "A financial company must keep its encryption key material in single-tenant hardware "
            "security modules that it controls. Amazon S3 and Amazon EBS must keep encrypting "
            "data through their native AWS KMS integration. Which solution meets these "
            "requirements?"
        ),
        KMS,
    ),
    ("guardduty suppression rule internal vulnerability scanner portscan", GUARDDUTY),
    ("guardduty runtime monitoring ecs fargate sidecar agnet", GUARDDUTY),
    ("guardduty attack sequence finding critical severity", GUARDDUTY),
    ("what happens when the credentials of an ec2 instance role get used outside aws", GUARDDUTY),
    (
        (
            "A company has 50 accounts in AWS Organizations. The security team must receive an "
            "email within minutes whenever Amazon GuardDuty reports a high-severity finding in "
            "any member account. Which solution meets this requirement with the LEAST "
            "operational overhead?"
        ),
        GUARDDUTY,
    ),
    ("encrypt existing unencrypted rds db instance snapshot copy", STORAGE),
    ("aurora unencrypted cluster snapshot copy error kms key", STORAGE),
    ("can i change which kms key encrypts my dynamodb table without recreating it", STORAGE),
    ("how do i force every efs client to mount with tls", STORAGE),
    (
        (
            "A company runs an encrypted Amazon RDS for MySQL DB instance in us-east-1 under a "
            "customer managed KMS key. For disaster recovery it must add a read replica in "
            "eu-central-1. What must the company specify when it creates the replica?"
        ),
        STORAGE,
    ),
    ("s3 bucket policy require tls 1.2 minimum version", IN_FLIGHT),
    ("nlb tcp listener 443 so the load balancer doesnt decrypt", IN_FLIGHT),
    (
        (
            "is https still safe against man in the middle if the client skips certificate "
            "validation"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A company serves www.example.com through an Amazon CloudFront distribution whose "
            "origin is an Application Load Balancer in ap-southeast-2. Both connections must use "
            "publicly trusted ACM certificates that renew automatically. In which Regions must "
            "the certificates be requested?"
        ),
        IN_FLIGHT,
    ),
    ("InspectorEc2Exclusion", INSPECTOR),
    ("inspector network reachability", INSPECTOR),
    ("ecr enhanced scanning rescan duration 14 days", INSPECTOR),
    ("inspector classic assesment template end of support", INSPECTOR),
    (
        (
            "A company builds container images with AWS CodeBuild. Any image that contains a "
            "critical CVE must be rejected before it is ever pushed to Amazon ECR. Which "
            "solution meets this requirement?"
        ),
        INSPECTOR,
    ),
    ("replicaton 503 kms throttling large bucket", S3_REPLICATION),
    ("replicas owned by destination account bucket owner enforced", S3_REPLICATION),
    ("why do my sse-s3 objects replicate but the kms encrypted ones never show up", S3_REPLICATION),
    (
        (
            "Account A replicates SSE-KMS objects to a bucket in account B, where a customer "
            "managed key encrypts the replicas. Replication began failing with KMS access errors "
            "right after S3 Bucket Keys were enabled on both buckets. Which permission must the "
            "destination key policy now give the replication role?"
        ),
        S3_REPLICATION,
    ),
    ("UpdateObjectEncryption move objects sse-s3 to sse-kms in place", SERVER_SIDE),
    ("bucket policy deny putobject without x-amz-server-side-encryption aws:kms", SERVER_SIDE),
    (
        (
            "An application generates its own 256-bit keys in an on-premises vault and sends the "
            "key with every request; AWS must never store the keys. Amazon S3, not the "
            "application, must encrypt and decrypt each object. Which encryption option meets "
            "these requirements?"
        ),
        SERVER_SIDE,
    ),
    ("who creates scoped firewall manager administrators", FIREWALL_MANAGER),
    (
        (
            "how do i make sure accounts that join the organization later get the same waf rules "
            "automatically"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A company must block DNS queries for known malware domains from every VPC in every "
            "account of its AWS Organizations organization, including VPCs created in the "
            "future. Which solution meets this requirement with the LEAST operational overhead?"
        ),
        FIREWALL_MANAGER,
    ),
    ("paramter store advanced tier 8kb expiration policy", SECRETS),
    ("whats the most secure way to hand a db password to a lambda function", SECRETS),
    (
        (
            "A Secrets Manager rotation Lambda function runs in private subnets of a VPC that "
            "has no NAT gateway and no internet access. Every scheduled rotation fails with a "
            "timeout. What should the security engineer add?"
        ),
        SECRETS,
    ),
    ("macie not detecting our own employee id format", MACIE),
    ("edge optimized api custom domain certificate region", API_GATEWAY_ACM),
    ("api gateway mtls truststore regional custom domain", API_GATEWAY_ACM),
    (
        (
            "A company exposes a Regional REST API through a custom domain name. A new "
            "regulation requires that clients can connect with TLS 1.3 only. Which API Gateway "
            "configuration meets this requirement?"
        ),
        API_GATEWAY_ACM,
    ),
    ("kms encrypt 50mb file fails size limit", CLIENT_SIDE),
    ("why is it ok to store the encrypted data key right next to the ciphertext", CLIENT_SIDE),
    ("block public access for amis declarative policy", AMIS),
    ("why can't i share an ami that uses the default aws/ebs key", AMIS),
    (
        (
            "Account A shares an AMI with account B by adding it to the launch permission. The "
            "AMI's snapshots are encrypted with a customer managed KMS key in account A. Account "
            "B can see the AMI, but every instance launch fails with an encryption error. What "
            "must be changed?"
        ),
        AMIS,
    ),
    ("which pages cover which scs-c03 exam domain", EXAM_MAP),
    ("scs-c03 vs scs-c02 what changed", EXAM_MAP),
    ("difference between guardduty inspector and macie", THREAT_DETECTION),
    (
        (
            "A company runs Amazon GuardDuty, Amazon Inspector and Amazon Macie in 80 accounts. "
            "The security team needs one place to see all their findings together with automated "
            "checks against the CIS AWS Foundations Benchmark. Which AWS service meets this "
            "requirement?"
        ),
        THREAT_DETECTION,
    ),
    ("where should i start if im new to these notes", HOME),
    ("download notes as pdf or offline copy", HOME),
    (
        (
            "what's the difference between encrypting in transit, at rest and on the client"
        ),
        DATA_PROTECTION,
    ),
    ("printable two page summary for the night before the exam", CHEAT_SHEET),
    ("cheat sheet print a4", CHEAT_SHEET),
    ("quiz myself on every topic by exam domain", PRACTICE),
    ("NGFW meaning", GLOSSARY),
    ("list of all acronyms used on the site", GLOSSARY),
    # Batch 53: written before any ranking was looked at, each page judged from its content.
    ("AccessDeniedException kms:Decrypt iam policy allows but key policy", KMS),
    ("rotate cmk evry 180 days automatic", KMS),
    ("ScheduleKeyDeletion pending window cancel key deletion", KMS),
    ("kms:ViaService condition key only through s3", KMS),
    ("byok imported key material expiration delete immediately", KMS),
    ("how do i let another aws account decrypt with my kms key", KMS),
    (
        (
            "A security engineer suspects that a symmetric customer managed KMS key was exposed. "
            "The key material must be replaced right away without changing the key ID, aliases "
            "or key policy, and existing ciphertext must stay readable. Which solution meets "
            "these requirements?"
        ),
        KMS,
    ),
    (
        (
            "A company requires that the keys protecting its Amazon S3 and Amazon EBS data live "
            "in single-tenant HSMs that the company controls. The AWS services must keep "
            "encrypting through their native AWS KMS integration. Which solution meets these "
            "requirements?"
        ),
        KMS,
    ),
    ("--sse aws:kms --sse-kms-key-id cli upload", SERVER_SIDE),
    ("s3 bucket key reduce kms request cost", SERVER_SIDE),
    ("UpdateObjectEncryption change kms key existing objects", SERVER_SIDE),
    ("does turning on default encryption re-encrypt old s3 objects", SERVER_SIDE),
    ("bucket policy deny putobject unless sse-kms header", SERVER_SIDE),
    (
        (
            "A finance team stores reports in S3. It must control who may use the encryption key "
            "through a key policy, see each key use in CloudTrail, and be able to cut off access "
            "to every report by turning the key off. Which encryption option meets these needs?"
        ),
        SERVER_SIDE,
    ),
    ("kms encrypt fails 50mb file 4kb limit", CLIENT_SIDE),
    (
        (
            "A company uploads customer documents to Amazon S3. Neither AWS nor anyone with full "
            "S3 read permissions may ever see the plaintext, and the company will use an AWS KMS "
            "key to protect the data keys. Which solution meets these requirements?"
        ),
        CLIENT_SIDE,
    ),
    ("aws:SecureTransport false bucket policy", IN_FLIGHT),
    ("rds postgres encrypted with kms but clients connect without ssl", IN_FLIGHT),
    ("nlb tcp listener 443 passthrough end to end encryption", IN_FLIGHT),
    ("acm email validation retired switch to dns validation", IN_FLIGHT),
    ("does tls stop man in the middle with self signed cert", IN_FLIGHT),
    (
        (
            "A retailer puts CloudFront in front of an ALB that runs in ap-south-1. Viewers and "
            "the origin hop must both use HTTPS, and the certificates must renew with no manual "
            "work. Which combination of steps meets these requirements? (Select TWO.)"
        ),
        IN_FLIGHT,
    ),
    ("encrypt existing unencrypted ebs volume", STORAGE),
    ("ebs encryption by default every region config rule", STORAGE),
    ("dynamodb switch to customer managed key no downtime", STORAGE),
    ("efs mount -o tls enforce encryption in transit", STORAGE),
    ("aurora CopyDBClusterSnapshot unencrypted kms error", STORAGE),
    (
        (
            "An auditor discovers that a production RDS MySQL database was launched without "
            "encryption. It must be encrypted with a customer managed KMS key and keep all its "
            "data; some downtime is allowed. Which solution meets these requirements?"
        ),
        STORAGE,
    ),
    ("sse-kms objects not replicating crr", S3_REPLICATION),
    ("ReplicaKmsKeyID SseKmsEncryptedObjects", S3_REPLICATION),
    ("replicate objects that existed before the rule", S3_REPLICATION),
    ("s3 replciation 503 kms throttling", S3_REPLICATION),
    (
        (
            "A company copies KMS-encrypted objects from a bucket in its workload account to a "
            "bucket in a security account. After the team turned on S3 Bucket Keys, replication "
            "started failing with KMS permission errors. Which combination of changes fixes it? "
            "(Select TWO.)"
        ),
        S3_REPLICATION,
    ),
    ("share encrypted ami another account kms key policy", AMIS),
    ("CopyImage fails shared ami createVolumePermission", AMIS),
    (
        (
            "A partner account can see a golden AMI that the company shared with it, but its EC2 "
            "launches fail with a KMS error. The AMI's EBS snapshots use the default aws/ebs "
            "key. Which solution will let the partner launch instances from the AMI?"
        ),
        AMIS,
    ),
    ("secrets manager vs parameter store cost rotation", SECRETS),
    ("rotate rds master password automatically no lambda", SECRETS),
    ("ssm get-parameter --with-decryption securestring", SECRETS),
    ("why cant another account read my secret encrypted with aws/secretsmanager", SECRETS),
    (
        (
            "A developer is building an AWS Lambda function that connects to an Amazon RDS "
            "database. The database password must never be stored in plaintext in the function's "
            "configuration or code. Which solution is the MOST secure?"
        ),
        SECRETS,
    ),
    ("guardduty vs inspector vs macie which for cve pii threats", THREAT_DETECTION),
    ("security hub cspm vs new security hub exposure findings", THREAT_DETECTION),
    ("guardduty s3 protection deleteobject data events", GUARDDUTY),
    ("suppression rule Recon:EC2/Portscan own scanner", GUARDDUTY),
    ("guard duty runtime monitoring fargate sidecar agent", GUARDDUTY),
    (
        (
            "The on-call team must be emailed within minutes when GuardDuty raises a finding of "
            "severity 7 or higher in any member account, and no custom polling code is allowed. "
            "Which solution meets these requirements with the LEAST operational overhead?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "An attacker used stolen IAM access keys to launch instances in a Region the company "
            "never uses, and nobody noticed. The company has 50 accounts in AWS Organizations "
            "and creates more every month. Which combination of steps will detect this activity "
            "in the future? (Select TWO.)"
        ),
        GUARDDUTY,
    ),
    ("inspector agentless scanning ebs snapshots no ssm agent", INSPECTOR),
    ("inspector classic assessment template retired", INSPECTOR),
    (
        (
            "A company builds container images with AWS CodeBuild. Any image with a critical "
            "vulnerability must be stopped before it is pushed to Amazon ECR. Which solution "
            "meets these requirements?"
        ),
        INSPECTOR,
    ),
    ("macie custom data identifier not finding matches automated discovery", MACIE),
    ("find pii passport credit card numbers in s3 buckets", MACIE),
    (
        (
            "A bank has thousands of S3 buckets across many accounts and wants a continuous, "
            "cost-effective estimate of which buckets are likely to contain PII, without "
            "scanning every object. Which solution meets these requirements?"
        ),
        MACIE,
    ),
    ("edge governance overview fms and api gateway certs", EDGE),
    ("who can create firewall manager scoped administrator", FIREWALL_MANAGER),
    ("palo alto third party firewall policy fms default admin", FIREWALL_MANAGER),
    (
        (
            "A security team must make sure that every load balancer and CloudFront distribution "
            "in all organization accounts, including accounts created later, gets the same web "
            "ACL automatically. Which solution meets these requirements with the LEAST "
            "operational overhead?"
        ),
        FIREWALL_MANAGER,
    ),
    ("edge optimized custom domain acm cerificate us-east-1", API_GATEWAY_ACM),
    ("private api custom domain name share other account vpc endpoint", API_GATEWAY_ACM),
    ("api gateway enhanced security policy tls 1.3 only", API_GATEWAY_ACM),
    (
        (
            "IoT devices call a REST API and each device holds an X.509 certificate issued by "
            "the company's private CA. The API must reject callers without such a certificate, "
            "and devices must not be able to skip the check through another URL. Which "
            "combination of steps meets these requirements? (Select THREE.)"
        ),
        API_GATEWAY_ACM,
    ),
    ("encryption in transit vs at rest vs client side who holds keys", DATA_PROTECTION),
    ("should i use tls and server side encryption together or pick one", DATA_PROTECTION),
    ("scs-c03 domain weights topics not covered", EXAM_MAP),
    ("abbreviations list what does ASFF stand for", GLOSSARY),
    ("practice questions by domain ordering matching quiz", PRACTICE),
    ("printable two page cheat sheet night before exam", CHEAT_SHEET),
    ("download pdf offline copy flashcards", HOME),
    # Batch 54: written before any ranking was looked at, each page judged from its content.
    ("iam policy allows kms:Decrypt but still getting AccessDeniedException", KMS),
    ("let a role in another account decrypt with our cmk", KMS),
    ("kms ThrottlingException requests per second quota", KMS),
    ("kms key pending deletion can i get it back", KMS),
    ("rotate kms key every 180 days instead of yearly", KMS),
    ("do we need cloudhsm or is kms enough for fips 140-3 level 3", KMS),
    ("keys must never be stored in aws - xks or cloudhsm key store", KMS),
    (
        (
            "A company needs a customer managed KMS key to be used only when Amazon S3 requests "
            "it on behalf of users in the account, never through direct KMS API calls. Which key "
            "policy condition meets this?"
        ),
        KMS,
    ),
    ("do i have to enable vpc flow logs and cloudtrail for guardduty", GUARDDUTY),
    ("guardduty s3 protection does it care if objects are sse-kms encrypted", GUARDDUTY),
    ("guardduty portscan findings from our own scanner instance, how to mute", GUARDDUTY),
    ("email on-call when guardduty reports high severity finding", GUARDDUTY),
    ("guardduty runtime monitoring on ecs fargate agent needed?", GUARDDUTY),
    (
        (
            "Several EC2 instances are suspected of mining cryptocurrency. The team must detect "
            "this going forward and isolate affected instances automatically without installing "
            "agents. What should they do?"
        ),
        GUARDDUTY,
    ),
    ("inspector scan ec2 instances without ssm agent installed", INSPECTOR),
    ("inspector score lower than cvss same cve two instances", INSPECTOR),
    ("fail codebuild when image has critical cve before pushing to ecr", INSPECTOR),
    ("can't find inspector assessment templates anymore", INSPECTOR),
    ("inspector not scanning lambda encrypted with customer managed kms key", INSPECTOR),
    ("macie skipping objects encrypted with our customer managed key", MACIE),
    ("macie custom data identifier not picked up by automated discovery", MACIE),
    ("guardduty vs inspector vs macie which is for what", THREAT_DETECTION),
    ("one place to see guardduty inspector macie findings plus cis checks", THREAT_DETECTION),
    (
        (
            "Match each need to a service: alert on an instance querying a mining pool domain, "
            "find CVEs in ECR images, find passport numbers in S3 buckets."
        ),
        THREAT_DETECTION,
    ),
    ("is ebs encrypted by default", STORAGE),
    ("encrypt existing rds mysql instance in place?", STORAGE),
    ("aurora CopyDBClusterSnapshot with kms key error unencrypted snapshot", STORAGE),
    ("share rds snapshot encrypted with aws/rds to audit account", STORAGE),
    ("cross region read replica encrypted rds which kms key", STORAGE),
    ("cheapest way to encrypt dynamodb table at rest", STORAGE),
    (
        (
            "EBS encryption by default was enabled last month, but an audit still finds "
            "unencrypted EBS volumes attached to production instances. How should the engineer "
            "encrypt them?"
        ),
        STORAGE,
    ),
    ("deny plain http on s3 bucket policy", IN_FLIGHT),
    ("rds postgres refuse connections without ssl parameter", IN_FLIGHT),
    ("acm certificate on alb not auto renewing", IN_FLIGHT),
    ("nlb tls passthrough so load balancer never decrypts", IN_FLIGHT),
    ("cloudfront 502 bad gateway self-signed origin certificate", IN_FLIGHT),
    ("turned off certificate verification, is https still safe from mitm", IN_FLIGHT),
    ("crr copies sse-s3 objects but sse-kms ones never arrive", S3_REPLICATION),
    ("replication role needs which kms permissions on source and destination key", S3_REPLICATION),
    ("replication stopped after turning on s3 bucket keys", S3_REPLICATION),
    ("replicate the objects that were already in the bucket before the rule", S3_REPLICATION),
    (
        (
            "A company replicates S3 objects from workload accounts to a bucket in a central "
            "logging account. The logging account must own all replicas and manage access only "
            "with bucket policies. What should be configured?"
        ),
        S3_REPLICATION,
    ),
    ("sse-s3 vs sse-kms vs sse-c which one lets us audit key usage", SERVER_SIDE),
    ("sse-c upload 403 AccessDenied on newly created bucket", SERVER_SIDE),
    ("cloudfront can't serve sse-kms objects with oai", SERVER_SIDE),
    ("switch existing objects from sse-s3 to sse-kms without copying", SERVER_SIDE),
    (
        (
            "A compliance rule requires two independent layers of encryption at rest for objects "
            "in S3, with the keys managed in AWS KMS. Which option meets the requirement?"
        ),
        SERVER_SIDE,
    ),
    ("kms Encrypt fails on 50 mb file", CLIENT_SIDE),
    ("generatedatakey plaintext and ciphertextblob which one do i store", CLIENT_SIDE),
    ("two partners decrypt same encrypted file each with own kms key", CLIENT_SIDE),
    (
        (
            "Regulations state that the storage provider must never be able to read patient "
            "files, even briefly in memory. The files are stored in Amazon S3. Which approach "
            "meets this?"
        ),
        CLIENT_SIDE,
    ),
    ("account b sees the shared ami but launch fails with kms error", AMIS),
    ("copy-image of shared encrypted ami fails permission on snapshot", AMIS),
    ("share ami with entire organization instead of account ids", AMIS),
    ("parameter store or secrets manager for a third-party api key", SECRETS),
    ("how to give lambda the db password securely", SECRETS),
    ("account b can't read secret encrypted with aws/secretsmanager", SECRETS),
    (
        (
            "An application uses an Amazon RDS for MySQL database. The master password must "
            "rotate automatically every 14 days with the least operational overhead. Which "
            "solution should be used?"
        ),
        SECRETS,
    ),
    ("is tls enough or do we still need encryption at rest", DATA_PROTECTION),
    ("same waf rules on every alb in all accounts including new ones", FIREWALL_MANAGER),
    ("firewall manager dns firewall policy needs ram sharing?", FIREWALL_MANAGER),
    (
        (
            "A company must apply AWS Shield Advanced protection to all CloudFront distributions "
            "and Elastic IP addresses in every account of its organization, including accounts "
            "created later. Which service should it use?"
        ),
        FIREWALL_MANAGER,
    ),
    ("api gateway mutual tls truststore setup", API_GATEWAY_ACM),
    ("stop clients calling execute-api default endpoint instead of custom domain", API_GATEWAY_ACM),
    ("private api custom domain shared with another account vpc", API_GATEWAY_ACM),
    (
        (
            "A REST API in ap-southeast-2 uses an edge-optimized custom domain name. The ACM "
            "certificate was requested in ap-southeast-2 but cannot be selected. What should the "
            "team do?"
        ),
        API_GATEWAY_ACM,
    ),
    ("is there a pdf version of the notes", HOME),
    ("download flashcards for offline revision", HOME),
    ("where do i start, which order to read the pages", HOME),
    ("which scs-c03 domain does macie fall under", EXAM_MAP),
    ("what do these notes not cover for identity and access management", EXAM_MAP),
    ("practice exam questions grouped by domain", PRACTICE),
    ("where is the cheat sheet for last minute revision", CHEAT_SHEET),
    # Batch 55: written before any ranking was looked at, each page judged from its content.
    ("where should i start reading these notes, and can i download a pdf", HOME),
    ("encryption in transit vs at rest vs client side: who holds the keys", DATA_PROTECTION),
    ("is the default waiting period before a kms key is deleted 30 days", KMS),
    ("what does the kms:ViaService condition key do", KMS),
    ("multi-region kms key mrk- same key material in each region", KMS),
    ("BYOK", KMS),
    ("true or false: kms automatic rotation period can be set from 90 to 2560 days", KMS),
    ("difference between kms and cloudhsm", KMS),
    ("how many on-demand rotations per kms key, 10 or 25", KMS),
    (
        (
            "An application role has an IAM policy that allows kms:Decrypt on a customer managed "
            "key, but every Decrypt call returns AccessDeniedException. What is the most likely "
            "cause?"
        ),
        KMS,
    ),
    ("what does aws:SecureTransport false do in an s3 bucket policy", IN_FLIGHT),
    ("is it true aws api endpoints no longer accept tls 1.0 or 1.1", IN_FLIGHT),
    (
        (
            "A company needs a load balancer in front of its EC2 web servers. The load balancer "
            "must not decrypt the traffic, and TLS must terminate on the instances. Which "
            "solution meets these requirements?"
        ),
        IN_FLIGHT,
    ),
    ("is it true s3 rejects sse-c requests sent over plain http", SERVER_SIDE),
    ("are all new s3 objects encrypted with sse-s3 by default since january 2023", SERVER_SIDE),
    ("why does kms encrypt fail on a file bigger than 4 kb", CLIENT_SIDE),
    ("what is a discovery keyring in the aws encryption sdk", CLIENT_SIDE),
    ("can dynamodb encryption at rest be turned off", STORAGE),
    ("aurora clusters encrypted by default since 18 february 2026", STORAGE),
    (
        (
            "A company runs an unencrypted Amazon RDS for MySQL DB instance. A new compliance "
            "requirement states that the database must be encrypted at rest with a KMS key. What "
            "should a security engineer do?"
        ),
        STORAGE,
    ),
    ("what is s3 RTC, 99.99% replicated within 15 minutes", S3_REPLICATION),
    ("are sse-c encrypted objects replicated by s3 replication", S3_REPLICATION),
    (
        (
            "A company replicates objects from an S3 bucket in us-east-1 to a bucket in "
            "eu-west-1. Objects encrypted with SSE-S3 replicate, but objects encrypted with "
            "SSE-KMS never appear in the destination bucket. What should the company do?"
        ),
        S3_REPLICATION,
    ),
    ("share encrypted ami with another account: launch permission and kms key", AMIS),
    ("can an ami encrypted with aws/ebs be shared", AMIS),
    ("CopyImage fails on a shared ami, createVolumePermission on snapshots", AMIS),
    ("difference between parameter store and secrets manager", SECRETS),
    ("parameter store standard tier 4 kb max and 10,000 parameters per region", SECRETS),
    ("what do AWSCURRENT and AWSPENDING mean", SECRETS),
    (
        (
            "What is the MOST secure way to provide a database password to an AWS Lambda "
            "function without storing it in the deployment package?"
        ),
        SECRETS,
    ),
    ("what is security hub cspm and exposure findings", THREAT_DETECTION),
    ("which logs does guardduty read without turning anything on", GUARDDUTY),
    ("guardduty 30 day free trial", GUARDDUTY),
    ("what is an attack sequence in extended threat detection", GUARDDUTY),
    (
        (
            "A security team wants to receive an email whenever Amazon GuardDuty generates a new "
            "finding in the account. Which solution requires the LEAST operational effort?"
        ),
        GUARDDUTY,
    ),
    ("inspector classic assessment templates retired", INSPECTOR),
    ("ecr re-scan duration default 14 days", INSPECTOR),
    ("does macie scan rds or dynamodb", MACIE),
    ("macie custom data identifier regex", MACIE),
    (
        (
            "A company must find credit card numbers and passport numbers stored in objects "
            "across thousands of S3 buckets and report where they are. Which AWS service should "
            "it use?"
        ),
        MACIE,
    ),
    ("FMS", FIREWALL_MANAGER),
    ("what do you need before you can use firewall manager", FIREWALL_MANAGER),
    ("who can create a firewall manager administrator account", FIREWALL_MANAGER),
    (
        (
            "A company has hundreds of accounts in AWS Organizations. Every new account must "
            "automatically get the same AWS WAF rules on its Application Load Balancers without "
            "manual work. Which solution meets these requirements?"
        ),
        FIREWALL_MANAGER,
    ),
    ("which region for the acm cert of an edge-optimized api custom domain", API_GATEWAY_ACM),
    ("mTLS api gateway truststore", API_GATEWAY_ACM),
    ("edge and governance section overview", EDGE),
    ("what does scs-c03 test that these notes do not cover", EXAM_MAP),
    ("practice questions grouped by exam domain", PRACTICE),
    ("glossary list of acronyms and what they stand for", GLOSSARY),
    ("what does GCM stand for", GLOSSARY),
    # Batch 56: written before any ranking was looked at, each page judged from its content.
    ("new to these notes, which page should i read first", HOME),
    ("notes pdf offline download", HOME),
    ("encryption in transit vs at rest vs client side who holds the keys", DATA_PROTECTION),
    (
        (
            "is TLS on its own enough or do i still need server side encryption too, are they "
            "alternatives"
        ),
        DATA_PROTECTION,
    ),
    (
        (
            "A company must generate its encryption key material in an on-premises HSM and use "
            "it with AWS KMS. The security team must be able to remove the key material from AWS "
            "immediately if the on-premises environment is compromised. Which solution meets "
            "these requirements?"
        ),
        KMS,
    ),
    (
        (
            "A regulated company requires that key material used to encrypt Amazon S3 objects "
            "and Amazon EBS volumes is never stored in AWS. The AWS services must continue to "
            "encrypt data through AWS KMS. Which solution meets these requirements?"
        ),
        KMS,
    ),
    (
        (
            "A company needs single-tenant HSMs that it fully controls to hold the private keys "
            "of its web servers and offload SSL/TLS processing. The application uses PKCS #11. "
            "Which AWS service should a security engineer recommend?"
        ),
        KMS,
    ),
    (
        (
            "why does my role get AccessDeniedException on kms:Decrypt when its IAM policy "
            "clearly allows it"
        ),
        KMS,
    ),
    ("if i cancel a pending key deletion can the key be used straight away", KMS),
    ("kms:ViaService condition key s3 only", KMS),
    ("kms rotaion period 2560 days", KMS),
    ("multi-region kms key mrk replica", KMS),
    (
        (
            "A company stores confidential reports in an Amazon S3 bucket. An auditor requires "
            "that every request to the bucket is encrypted in transit and that requests over "
            "plain HTTP are rejected. Which solution meets this requirement?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A company runs a web application on EC2 instances behind a load balancer. "
            "Compliance requires that traffic stays encrypted end to end and that the load "
            "balancer never decrypts it. TLS must terminate on the instances. Which "
            "configuration meets these requirements?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "if the RDS instance is already encrypted with KMS does that mean clients have to "
            "connect with SSL"
        ),
        IN_FLIGHT,
    ),
    ("does TLS still stop man in the middle if someone uses --no-verify-ssl", IN_FLIGHT),
    ("rds.force_ssl require_secure_transport", IN_FLIGHT),
    (
        (
            "A company must store data in Amazon S3. The company's policy requires that it "
            "generates and keeps its encryption keys on premises, but Amazon S3 must perform the "
            "encryption and decryption. Which encryption option meets these requirements?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "A compliance standard requires that objects in an S3 bucket are protected by two "
            "independent layers of encryption, and that every use of the key is logged in AWS "
            "CloudTrail. Which solution meets these requirements?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "why isn't SSE-C the answer when the question says they want to audit key use in "
            "cloudtrail"
        ),
        SERVER_SIDE,
    ),
    ("putobject with sse-c on a brand new bucket gets 403 AccessDenied, why?", SERVER_SIDE),
    ("UpdateObjectEncryption change kms key", SERVER_SIDE),
    (
        (
            "A developer must encrypt 200 MB files with an AWS KMS key before uploading them to "
            "Amazon S3 so that S3 never sees the plaintext. Calls to the KMS Encrypt API fail "
            "for these files. What should the developer do?"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "isn't it insecure to store the encrypted data key right next to the ciphertext?"
        ),
        CLIENT_SIDE,
    ),
    ("encryption sdk multi-keyring", CLIENT_SIDE),
    (
        (
            "A company has an Amazon RDS for MySQL DB instance that was created without "
            "encryption. A new policy requires all data at rest to be encrypted with a customer "
            "managed KMS key. What should a solutions architect do to meet this requirement?"
        ),
        STORAGE,
    ),
    (
        (
            "Developers in several teams keep launching EC2 instances with unencrypted EBS "
            "volumes. The security team wants every new volume in the account to be encrypted "
            "without relying on the developers. Which solution meets these requirements with the "
            "LEAST operational overhead?"
        ),
        STORAGE,
    ),
    ("can i change the kms key of a dynamodb table without recreating it", STORAGE),
    ("how do i make EFS reject clients that mount without TLS", STORAGE),
    ("share encryted rds snapshot cross account", STORAGE),
    (
        (
            "A company configured S3 Cross-Region Replication between two versioned buckets. "
            "Objects encrypted with SSE-S3 appear in the destination bucket, but objects "
            "encrypted with SSE-KMS do not. Which actions must the solutions architect take to "
            "replicate the SSE-KMS objects? (Select TWO.)"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A company replicates millions of SSE-KMS encrypted objects to a bucket in another "
            "Region. Replication starts failing with HTTP 503 errors caused by KMS throttling. "
            "Which solution resolves the issue with the LEAST operational overhead?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "will the objects already in the bucket get copied when i add a replication rule?"
        ),
        S3_REPLICATION,
    ),
    ("are SSE-C encrypted objects replicated or skipped", S3_REPLICATION),
    (
        (
            "Account A shares an AMI with Account B. The AMI's EBS snapshots are encrypted with "
            "a customer managed KMS key in Account A. Users in Account B can see the AMI, but "
            "instance launches fail. What is the MOST likely cause?"
        ),
        AMIS,
    ),
    ("we can launch from the shared ami but copy-image fails, what is missing", AMIS),
    ("can i share an encrypted ami with a whole OU instead of listing account ids", AMIS),
    ("modify-image-attribute launch permission aws/ebs", AMIS),
    (
        (
            "A company runs an application on EC2 instances that connects to an Amazon RDS for "
            "PostgreSQL database. The database credentials must be rotated automatically every "
            "30 days. Which solution meets these requirements with the LEAST operational "
            "overhead?"
        ),
        SECRETS,
    ),
    (
        (
            "A Lambda function must connect to a database using a password. What is the MOST "
            "secure way to provide the password to the function?"
        ),
        SECRETS,
    ),
    (
        (
            "can a role in another account read our secret if it's encrypted with "
            "aws/secretsmanager"
        ),
        SECRETS,
    ),
    ("parameter store securestring vs secrets manager", SECRETS),
    (
        (
            "A company needs to detect compromised IAM credentials, find unpatched packages on "
            "EC2 instances and discover PII stored in Amazon S3. Which AWS service should be "
            "matched with each requirement?"
        ),
        THREAT_DETECTION,
    ),
    (
        (
            "A security engineer discovers that an EC2 instance is communicating with a "
            "cryptocurrency mining pool. The company wants to detect this activity and isolate "
            "affected instances automatically in the future. Which combination of services meets "
            "these requirements? (Select TWO.)"
        ),
        GUARDDUTY,
    ),
    (
        (
            "A company uses AWS Organizations with 40 accounts. The security team must detect "
            "malicious activity such as stolen access keys in every account and every Region, "
            "including Regions that are not in use, and new accounts must be covered "
            "automatically. Which solution meets these requirements with the LEAST operational "
            "overhead?"
        ),
        GUARDDUTY,
    ),
    ("do i have to enable vpc flow logs or create a trail before guardduty works", GUARDDUTY),
    ("how to stop guardduty alerting on our own vulnerability scanner's port scans", GUARDDUTY),
    ("gaurdduty malware protection s3 uploads", GUARDDUTY),
    (
        (
            "A company stores container images in Amazon ECR. The security team must be notified "
            "when a newly published CVE affects an image that is already in the registry, "
            "without rebuilding or pushing the image again. Which solution meets these "
            "requirements?"
        ),
        INSPECTOR,
    ),
    (
        (
            "A company has hundreds of EC2 instances, and many of them do not run the SSM Agent. "
            "The security team must find software vulnerabilities on all instances without "
            "installing anything. What should the team do?"
        ),
        INSPECTOR,
    ),
    ("are assessment templates and assessment runs still a thing in inspector", INSPECTOR),
    ("EPSS inspector score", INSPECTOR),
    (
        (
            "A company stores customer documents in hundreds of S3 buckets. The security team "
            "must identify which buckets contain credit card numbers and passport numbers and be "
            "alerted automatically when such data is found. Which solution meets these "
            "requirements?"
        ),
        MACIE,
    ),
    ("can macie scan an RDS database for PII or only s3", MACIE),
    (
        (
            "A company uses AWS Organizations and wants the same AWS WAF rules applied to every "
            "Application Load Balancer in all accounts, including accounts that are created in "
            "the future. Which solution meets these requirements with the LEAST operational "
            "overhead?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A security engineer is setting up AWS Firewall Manager for the company's "
            "organization, but no policies can be applied. Which prerequisites must be in place? "
            "(Select TWO.)"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "who creates a scoped firewall manager administrator, management account or default "
            "admin"
        ),
        FIREWALL_MANAGER,
    ),
    ("firewal manager RAM sharing prerequisite", FIREWALL_MANAGER),
    (
        (
            "A company deploys an edge-optimized REST API in eu-west-1 with a custom domain "
            "name. The ACM certificate was requested in eu-west-1, but it cannot be selected "
            "when the custom domain name is created. What should the solutions architect do?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "how do i stop clients bypassing mutual tls by calling the default execute-api url"
        ),
        API_GATEWAY_ACM,
    ),
    ("api gateway mtls truststore s3", API_GATEWAY_ACM),
    ("private api custom domain name", API_GATEWAY_ACM),
    ("which SCS-C03 topics do these notes not cover, like organization trails", EXAM_MAP),
    ("SAA-C03 design secure architectures which pages", EXAM_MAP),
    ("practice questions sorted by exam domain", PRACTICE),
    ("2 page printable revision sheet", CHEAT_SHEET),
    ("what do CSPM, ASFF and OCSF stand for", GLOSSARY),
    # Batch 57: written before any ranking was looked at, each page judged from its content.
    ("are aws managed kms keys still rotated every 3 years", KMS),
    ("kms automatic rotation still fixed at once a year or can i set 180 days", KMS),
    ("can a kms key with imported key material be rotated on demand now", KMS),
    ("on-demand kms key rotation limit 10 or 25 per key", KMS),
    ("kms symmetric request quota still 5500 per second or higher now", KMS),
    ("are aws managed keys still the default for new services or aws owned keys", KMS),
    (
        (
            "A role has kms:Decrypt in its IAM policy and even AdministratorAccess, but Decrypt "
            "on a customer managed key in the same account still returns AccessDeniedException. "
            "What is the most likely cause?"
        ),
        KMS,
    ),
    ("do aws service api endpoints still accept tls 1.0 or 1.1 clients", IN_FLIGHT),
    ("is it true that tls makes man in the middle attacks impossible", IN_FLIGHT),
    ("acm email validation retirement date, switch existing cert to dns validation", IN_FLIGHT),
    (
        (
            "alb https listener created with cloudformation gets ELBSecurityPolicy-2016-08 "
            "default"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "An RDS for MySQL 8.0 DB instance is encrypted at rest with a customer managed KMS "
            "key. An audit finds clients connecting without TLS. How can the company make the "
            "database reject unencrypted connections?"
        ),
        IN_FLIGHT,
    ),
    ("are new s3 buckets still storing objects unencrypted by default", SERVER_SIDE),
    ("since what date does s3 apply sse-s3 to every upload automatically", SERVER_SIDE),
    ("can i still use sse-c on a new s3 bucket in 2026", SERVER_SIDE),
    ("change existing objects from sse-s3 to sse-kms without copying them", SERVER_SIDE),
    (
        (
            "upload with aws:kms header and no key id uses aws/s3 instead of bucket default key"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "A developer created a new general purpose S3 bucket and uploads objects with "
            "x-amz-server-side-encryption-customer-key headers over HTTPS. Every PutObject "
            "returns 403 AccessDenied although the IAM policy allows s3:PutObject. What should "
            "the developer do?"
        ),
        SERVER_SIDE,
    ),
    ("kms encrypt fails on a 10 kb file, will a quota increase fix it", CLIENT_SIDE),
    ("does the s3 encryption client benefit from s3 bucket keys", CLIENT_SIDE),
    ("dynamodb encryption client renamed to aws database encryption sdk", CLIENT_SIDE),
    ("aurora cluster created via cli without encryption flag still unencrypted in 2026?", STORAGE),
    ("do some ec2 instance types not support ebs encryption", STORAGE),
    ("can dynamodb encryption at rest be turned off or is it optional at table creation", STORAGE),
    (
        (
            "AssociateKmsKeyId add a second kms key to an encrypted ebs snapshot for cross "
            "account"
        ),
        STORAGE,
    ),
    ("turned on ebs encryption by default, why are my old volumes still unencrypted", STORAGE),
    (
        (
            "A team must encrypt an unencrypted Aurora MySQL DB cluster. CopyDBClusterSnapshot "
            "with a KMS key returned an error. What should the engineer do instead?"
        ),
        STORAGE,
    ),
    ("does s3 replication still skip sse-c encrypted objects", S3_REPLICATION),
    (
        (
            "with multi-region kms keys does s3 replication skip the decrypt and re-encrypt step"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "is naming the destination key and editing its key policy enough to replicate "
            "sse-kms objects, what else is required"
        ),
        S3_REPLICATION,
    ),
    ("s3 replication time control sla 99.99 or 99.9 percent within 15 minutes", S3_REPLICATION),
    (
        (
            "Cross-Region replication of SSE-KMS objects worked until S3 Bucket Keys were turned "
            "on for both buckets; now replication fails. The role has kms:Encrypt on the "
            "destination key. What is missing?"
        ),
        S3_REPLICATION,
    ),
    ("can i share an ami encrypted with the default aws/ebs key", AMIS),
    ("share encrypted ami with a whole organization or ou instead of account ids", AMIS),
    (
        (
            "kms permissions to launch a shared encrypted ami, ReEncrypted typo, is "
            "GenerateDataKey needed"
        ),
        AMIS,
    ),
    (
        (
            "Account B can launch instances from an encrypted AMI that account A shared, but aws "
            "ec2 copy-image fails in account B. What must account A do?"
        ),
        AMIS,
    ),
    ("is secrets manager mainly just for rds credentials", SECRETS),
    ("secrets manager replicate a secret to a different aws account same region", SECRETS),
    (
        (
            "lambda db password in encrypted environment variable vs secrets manager extension, "
            "which is best practice now"
        ),
        SECRETS,
    ),
    (
        (
            "A role in account B must read a secret in account A that is encrypted with "
            "aws/secretsmanager. The secret's resource policy allows the role, but "
            "GetSecretValue still fails. What must be changed?"
        ),
        SECRETS,
    ),
    (
        (
            "is server side encryption at rest enough or do i still need tls and client side "
            "encryption too"
        ),
        DATA_PROTECTION,
    ),
    ("security hub cspm vs the new security hub, what is the difference now", THREAT_DETECTION),
    (
        (
            "does the guardduty delegated admin also become admin for inspector and macie"
        ),
        THREAT_DETECTION,
    ),
    ("does guardduty still need no agent at all, runtime monitoring agent", GUARDDUTY),
    ("are s3 data events part of guardduty's always on cloudtrail input", GUARDDUTY),
    ("can guardduty actually block crypto mining or only report it", GUARDDUTY),
    ("guardduty rds protection now watch queries like drop and delete", GUARDDUTY),
    ("guardduty runtime monitoring supported on ecs fargate and ecs managed instances?", GUARDDUTY),
    (
        (
            "A security engineer plans to delete the VPC Flow Logs and CloudTrail trails to save "
            "costs in an account where GuardDuty is enabled. Will GuardDuty stop analyzing "
            "network traffic and API calls?"
        ),
        GUARDDUTY,
    ),
    ("inspector assessment templates and assessment runs still a thing?", INSPECTOR),
    ("when did inspector classic reach end of support", INSPECTOR),
    (
        (
            "does amazon inspector still require the ssm agent on ec2 or can it scan agentless"
        ),
        INSPECTOR,
    ),
    ("is inspector lambda code scanning on by default or only dependency scanning", INSPECTOR),
    (
        (
            "A company uses ECR basic scanning on push. A critical CVE published two weeks after "
            "an image was pushed was never reported, though the image still runs. Which change "
            "reports such CVEs automatically?"
        ),
        INSPECTOR,
    ),
    ("is macie only a sensitive data scanner or does it also check bucket security", MACIE),
    ("macie custom data identifier created but automated discovery ignores it", MACIE),
    ("macie sensitive data findings missing from security hub cspm", MACIE),
    ("overview of the firewall manager and api gateway custom domain certificates section", EDGE),
    (
        (
            "firewall manager policy types still just waf shield security groups network "
            "firewall dns firewall?"
        ),
        FIREWALL_MANAGER,
    ),
    ("aws network security manager vs firewall manager, new service", FIREWALL_MANAGER),
    (
        (
            "firewall manager shield advanced policy protect route 53 hosted zones and global "
            "accelerator"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "network firewall next generation policy vs classic stateless stateful engines"
        ),
        FIREWALL_MANAGER,
    ),
    ("custom domain names for private api gateway apis supported now?", API_GATEWAY_ACM),
    (
        (
            "An edge-optimized REST API runs in eu-west-1. The ACM certificate for "
            "api.example.com was requested in eu-west-1 but does not appear when creating the "
            "custom domain name. What should the administrator do?"
        ),
        API_GATEWAY_ACM,
    ),
    ("api gateway mutual tls with an enhanced tls 1.3 security policy allowed?", API_GATEWAY_ACM),
    (
        (
            "api gateway client certificate to backend, use my own private ca cert instead of "
            "the generated one"
        ),
        API_GATEWAY_ACM,
    ),
    ("scs-c03 vs scs-c02 what changed, new ordering and matching questions", EXAM_MAP),
    (
        (
            "which scs-c03 topics are not covered in these notes, like security lake or identity "
            "center"
        ),
        EXAM_MAP,
    ),
    ("security hub cspm, what does cspm stand for", GLOSSARY),
    # Batch 58: written before any ranking was looked at, each page judged from its content.
    ("new here where do i start", HOME),
    ("download pdf offline copy of the notes", HOME),
    ("data protection section overview", DATA_PROTECTION),
    (
        (
            "what's the difference between encryption in transit, at rest and client-side"
        ),
        DATA_PROTECTION,
    ),
    ("byok imported key material expiry", KMS),
    ("kms:TrailingDaysWithoutKeyUsage", KMS),
    ("mrk multi region key replica key policy", KMS),
    ("why do i get AccessDeniedException when my iam policy allows kms:Decrypt", KMS),
    ("can i undo a kms key scheduled for deletion", KMS),
    ("how many times can i rotate a kms key on demand", KMS),
    (
        (
            "A regulator requires that the company's key material is never stored in AWS. The "
            "company still wants Amazon S3, EBS and RDS to encrypt through AWS KMS, with key "
            "policies and CloudTrail logging. Which solution meets these requirements?"
        ),
        KMS,
    ),
    (
        (
            "An application running in an AWS Nitro Enclave decrypts customer data with a KMS "
            "key. Only code in the verified enclave image may be able to decrypt. Which "
            "condition should the security engineer add to the key policy?"
        ),
        KMS,
    ),
    (
        (
            "A company needs single-tenant HSMs under its exclusive control to hold private keys "
            "for SSL/TLS offload on its web servers, accessed through PKCS #11. Which AWS "
            "service should it use?"
        ),
        KMS,
    ),
    ("ELBSecurityPolicy-TLS13 alb default policy", IN_FLIGHT),
    ("does https still stop a man in the middle if i turn off certificate validation", IN_FLIGHT),
    ("why isn't acm renewing my imported certificate", IN_FLIGHT),
    (
        (
            "A company places a Network Load Balancer in front of EC2 web servers. Compliance "
            "requires that the load balancer never decrypts traffic and that TLS terminates on "
            "the instances. Which listener configuration meets this requirement?"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "Auditors require that every client of an S3 bucket connects with TLS 1.2 or later. "
            "Which bucket policy statement enforces this?"
        ),
        IN_FLIGHT,
    ),
    ("BlockedEncryptionTypes 403 sse-c upload", SERVER_SIDE),
    ("when should i use sse-c instead of sse-kms", SERVER_SIDE),
    ("how do i switch old objects from sse-s3 to sse-kms without copying them", SERVER_SIDE),
    (
        (
            "A financial firm stores reports in Amazon S3. Auditors must see every use of the "
            "encryption key in CloudTrail, and the security team must be able to make all "
            "objects unreadable at once by turning the key off. Which encryption configuration "
            "meets these requirements?"
        ),
        SERVER_SIDE,
    ),
    ("envelop encryption data key", CLIENT_SIDE),
    ("why does kms Encrypt fail on my 50 mb log file", CLIENT_SIDE),
    (
        (
            "A hospital uploads X-ray images to Amazon S3. A new regulation says that S3, and "
            "administrators with full S3 access, must never be able to see the images in "
            "plaintext. Which solution meets this requirement?"
        ),
        CLIENT_SIDE,
    ),
    ("ebs encryption by default every region", STORAGE),
    ("how do i encrypt an existing unencrypted rds instance", STORAGE),
    ("can i change the kms key of an existing dynamodb table", STORAGE),
    (
        (
            "A team runs an unencrypted Amazon Aurora MySQL cluster and must encrypt it with a "
            "customer managed KMS key. Modifying the cluster offers no encryption option. What "
            "should the team do?"
        ),
        STORAGE,
    ),
    (
        (
            "An RDS for MySQL instance in us-east-1 is encrypted with a customer managed key. "
            "Encrypted copies of its snapshots must be kept and restorable in eu-west-1 for "
            "disaster recovery. Which steps are required? (Select TWO.)"
        ),
        STORAGE,
    ),
    (
        (
            "A company must share an EBS snapshot encrypted with the default aws/ebs key with an "
            "auditing account, but the auditing account cannot use it. What should the company "
            "do?"
        ),
        STORAGE,
    ),
    ("are sse-c encrypted objects replicated", S3_REPLICATION),
    ("why did replication stop working after enabling bucket keys", S3_REPLICATION),
    (
        (
            "A company replicates a bucket holding hundreds of millions of SSE-KMS objects to "
            "another Region. At peak times replication falls behind and fails with 503 errors "
            "caused by KMS throttling. What should the security engineer do FIRST?"
        ),
        S3_REPLICATION,
    ),
    ("share encrypted ami cross account", AMIS),
    ("copyimage createVolumePermission", AMIS),
    (
        (
            "Account A shares an AMI with account B. The AMI's snapshots are encrypted with a "
            "customer managed KMS key in account A. Users in account B can see the AMI, but "
            "every instance launch fails. Which actions will fix this? (Select TWO.)"
        ),
        AMIS,
    ),
    ("parameter store vs secrets manger", SECRETS),
    (
        (
            "A developer is building a Lambda function that needs an RDS database password at "
            "runtime. Which is the MOST secure way to provide the password to the function?"
        ),
        SECRETS,
    ),
    (
        (
            "An application in account B must read a secret stored in account A. The secret is "
            "encrypted with the aws/secretsmanager key. Which changes must account A make? "
            "(Select TWO.)"
        ),
        SECRETS,
    ),
    ("which service should i use for cve scanning vs pii in s3 vs crypto mining", THREAT_DETECTION),
    (
        (
            "A company runs GuardDuty, Inspector and Macie in 50 accounts. It wants a single "
            "place to see all their findings, together with automated checks against the CIS AWS "
            "Foundations Benchmark. Which service should the company use?"
        ),
        THREAT_DETECTION,
    ),
    ("gaurdduty suppression rule portscan", GUARDDUTY),
    ("guardduty malware protection sse-c objects", GUARDDUTY),
    ("does guardduty need me to enable vpc flow logs or a cloudtrail trail", GUARDDUTY),
    ("why didn't guardduty flag thousands of s3 objects being deleted", GUARDDUTY),
    (
        (
            "A company runs workloads on Amazon EKS and standalone EC2 instances. The security "
            "team must detect crypto miners and reverse shells running inside the workloads "
            "while they run. Which GuardDuty capability should be enabled?"
        ),
        GUARDDUTY,
    ),
    ("ecr image rescan duration 14 days", INSPECTOR),
    (
        (
            "A DevOps team wants its build pipeline to fail before a container image with "
            "critical CVEs is ever pushed to Amazon ECR. Which solution should the team use?"
        ),
        INSPECTOR,
    ),
    ("why can't macie analyze objects encrypted with my customer managed key", MACIE),
    (
        (
            "A company must find which S3 buckets across its organization contain passport "
            "numbers and credit card numbers, and must be alerted if any bucket becomes public. "
            "Which service meets both requirements?"
        ),
        MACIE,
    ),
    ("fms third party firewall palo alto", FIREWALL_MANAGER),
    (
        (
            "A company with 70 accounts in AWS Organizations adds new accounts every month. "
            "Every Application Load Balancer, including those in future accounts, must be "
            "protected by the same AWS WAF rule groups with minimal effort. Which solution meets "
            "this?"
        ),
        FIREWALL_MANAGER,
    ),
    ("edge optimized api custom domain acm region", API_GATEWAY_ACM),
    (
        (
            "A company exposes a REST API to IoT devices. Only devices presenting a client "
            "certificate signed by the company's private CA may call the API, and no device may "
            "bypass this check. Which actions should be taken? (Select TWO.)"
        ),
        API_GATEWAY_ACM,
    ),
    ("does this site cover iam identity center or security lake", EXAM_MAP),
    ("which pages help with saa-c03 design secure architectures", EXAM_MAP),
    ("exam style questions multiple response ordering matching", PRACTICE),
    ("cheatsheet", CHEAT_SHEET),
    ("list of all acronyms and what they stand for", GLOSSARY),
    # Batch 59: written before any ranking was looked at, each page judged from its content.
    ("cmk rotation period days", KMS),
    ("kms throttlingexception requests per second", KMS),
    ("guardduty runtime monitoring agent", GUARDDUTY),
    ("pii in s3", MACIE),
    ("fms prerequisites", FIREWALL_MANAGER),
    ("acronyms glossary", GLOSSARY),
    ("why do i get accessdeniedexception on kms decrypt when my iam policy allows it", KMS),
    ("can i turn an existing single-region kms key into a multi-region key", KMS),
    ("how do i change the kms key of an encrypted rds database", STORAGE),
    ("why are my sse-kms objects not replicating when sse-s3 ones are", S3_REPLICATION),
    ("what is the most secure way to give a lambda function a database password", SECRETS),
    ("how can a role in another account read my secrets manager secret", SECRETS),
    ("do i need to enable vpc flow logs and a cloudtrail trail for guardduty to work", GUARDDUTY),
    ("does amazon inspector scan rds databases or s3 buckets", INSPECTOR),
    ("can macie find credit card numbers in dynamodb tables", MACIE),
    ("why does my alb accept a self-signed certificate on the targets", IN_FLIGHT),
    ("is https still safe if the client skips certificate validation", IN_FLIGHT),
    (
        (
            "why does an edge-optimized api custom domain need its certificate in us-east-1"
        ),
        API_GATEWAY_ACM,
    ),
    ("why does copyimage fail on an ami that was shared with my account", AMIS),
    ("do i still need a bucket policy to deny unencrypted uploads to s3", SERVER_SIDE),
    (
        (
            "what is the difference between encryption in transit, at rest and client-side"
        ),
        DATA_PROTECTION,
    ),
    ("where should i start reading these notes", HOME),
    ("can i download the notes as a pdf or use them offline", HOME),
    ("what exam topics do these notes not cover yet", EXAM_MAP),
    ("s3 replication with bucket keys needs kms:decrypt on the destination key", S3_REPLICATION),
    ("does a multi-region kms key let s3 replication skip re-encrypting replicas", S3_REPLICATION),
    ("macie cannot analyze objects encrypted with a customer managed kms key", MACIE),
    ("guardduty malware protection for s3 with sse-kms and sse-c objects", GUARDDUTY),
    ("inspector lambda function code encrypted with customer managed key not scanned", INSPECTOR),
    ("inspector ecr image rescan duration after new cve", INSPECTOR),
    ("secrets manager rotation lambda in private subnet without nat", SECRETS),
    ("firewall manager waf policy for cloudfront distributions in us-east-1", FIREWALL_MANAGER),
    ("block crypto mining domains in every vpc after guardduty findings", FIREWALL_MANAGER),
    ("will acm renew an imported certificate on my api gateway custom domain", API_GATEWAY_ACM),
    ("private rest api custom domain name through vpc endpoint", API_GATEWAY_ACM),
    ("s3 bucket key changes the kms encryption context to the bucket arn", SERVER_SIDE),
    (
        (
            "client-side encryption least privilege generatedatakey for writer decrypt for reader"
        ),
        CLIENT_SIDE,
    ),
    ("share an ebs snapshot encrypted with aws/ebs with another account", STORAGE),
    ("rds postgresql force ssl parameter group", IN_FLIGHT),
    ("kms:viaservice condition so a role can only decrypt through s3", KMS),
    ("security hub cspm view of guardduty inspector and macie findings", THREAT_DETECTION),
    ("layers of tls, sse-kms and client-side encryption used together", DATA_PROTECTION),
    ("overview of firewall manager and api gateway certificate topics", EDGE),
    ("practice questions by exam domain with matching and ordering", PRACTICE),
    (
        (
            "A company runs an unencrypted Amazon RDS for MySQL DB instance. A new policy "
            "requires encryption at rest with a customer managed KMS key. Modifying the DB "
            "instance to enable encryption and turning on EBS encryption by default were "
            "proposed. Which solution meets these requirements?"
        ),
        STORAGE,
    ),
    (
        (
            "A company replicates an S3 bucket in us-east-1 to a bucket owned by another AWS "
            "account in eu-west-1. Source objects use SSE-KMS with a customer managed key, and "
            "the replicas must be encrypted with a key that the destination account controls. "
            "Which combination of steps meets these requirements?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A security team must receive an email within minutes whenever an EC2 instance "
            "communicates with a cryptocurrency mining pool. AWS Config rules and Amazon "
            "Inspector were proposed. Which solution meets these requirements with the LEAST "
            "operational overhead?"
        ),
        GUARDDUTY,
    ),
    (
        (
            "A company stores container images in Amazon ECR. The security team must be notified "
            "when a newly published CVE affects an image that was pushed last week, without "
            "rebuilding or pushing it again. Which solution meets these requirements?"
        ),
        INSPECTOR,
    ),
    (
        (
            "A company keeps customer records in thousands of S3 buckets across 40 accounts. It "
            "must find out, continuously and at low cost, which buckets probably contain "
            "passport numbers. GuardDuty S3 Protection and Amazon Inspector were proposed. Which "
            "solution meets these requirements?"
        ),
        MACIE,
    ),
    (
        (
            "A company uses AWS Organizations with 200 accounts. Every Application Load "
            "Balancer, including those in accounts created in the future, must use the same AWS "
            "WAF managed rule groups. Which solution meets these requirements with the LEAST "
            "operational overhead?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A team deploys an edge-optimized REST API in ap-southeast-2 with the custom domain "
            "name api.example.com. The ACM certificate it requested in ap-southeast-2 does not "
            "appear when it creates the custom domain. What should the team do?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "A Lambda function connects to an Amazon Aurora PostgreSQL cluster. The master "
            "password must rotate automatically every 30 days without the company writing "
            "rotation code. SSM Parameter Store SecureString parameters and encrypted Lambda "
            "environment variables were proposed. Which solution meets these requirements?"
        ),
        SECRETS,
    ),
    (
        (
            "A company must generate its key material in its own on-premises HSM, use it to "
            "encrypt EBS and S3 data through AWS KMS, and be able to erase it from AWS "
            "immediately in an emergency. Which solution meets these requirements?"
        ),
        KMS,
    ),
    (
        (
            "Two partner companies must each decrypt the same stored ciphertext with a KMS key "
            "in their own account, and the data must not be stored twice. S3 SSE-KMS was "
            "proposed. Which solution meets these requirements?"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "Account A shares a golden AMI encrypted with a customer managed KMS key with "
            "account B. Account B must keep launching instances even if account A later deletes "
            "the key. Which solution meets these requirements?"
        ),
        AMIS,
    ),
    (
        (
            "Auditors require that every object uploaded to an S3 bucket is encrypted with "
            "SSE-KMS under one specific customer managed key, and that uploads naming any other "
            "key are rejected. Which solution meets these requirements?"
        ),
        SERVER_SIDE,
    ),
    # Batch 60: written before any ranking was looked at, each page judged from its content.
    ("new to aws security specialty notes which page to read first", HOME),
    ("download the notes as pdf or offline copy for the plane", HOME),
    (
        (
            "at rest vs in transit vs client side encryption who encrypts and who holds the key"
        ),
        DATA_PROTECTION,
    ),
    (
        (
            "should I use tls and sse and client side encryption together or just one layer"
        ),
        DATA_PROTECTION,
    ),
    ("role has kms:Decrypt in iam policy but still AccessDeniedException", KMS),
    ("kms:ViaService condition so role can only use key through s3 not call kms directly", KMS),
    (
        (
            "byok origin EXTERNAL key material expiry and DeleteImportedKeyMaterial erase "
            "immediately"
        ),
        KMS,
    ),
    ("cancelled key deletion but key still unusable stays disabled", KMS),
    ("ThrottlingException from kms too many requests per second raise quota", KMS),
    ("external key store xks vs cloudhsm key store key material never in aws", KMS),
    (
        (
            "A security team believes the key material of a symmetric customer managed KMS key "
            "was exposed and must replace it today. The key ID, aliases and existing ciphertext "
            "must keep working, and automatic rotation is already on with the default period. "
            "Creating a new key and disabling the old one were suggested. What should the team "
            "do?"
        ),
        KMS,
    ),
    ("deny s3 requests over plain http bucket policy securetransport", IN_FLIGHT),
    ("rds postgresql refuse non ssl connections rds.force_ssl parameter group", IN_FLIGHT),
    ("load balancer must not decrypt traffic tls terminates on instances nlb tcp 443", IN_FLIGHT),
    (
        (
            "bucket policy reject PutObject unless header x-amz-server-side-encryption is aws:kms"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "SSE-C upload returns 403 AccessDenied on newly created bucket BlockedEncryptionTypes"
        ),
        SERVER_SIDE,
    ),
    ("dsse-kms vs sse-kms when regulator demands two layers of encryption", SERVER_SIDE),
    (
        (
            "aws s3 cp --sse aws:kms without --sse-kms-key-id ends up under aws/s3 instead of "
            "bucket default key"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "A company keeps 2 billion objects encrypted with SSE-S3 in one bucket. A new rule "
            "requires them to be under a customer managed KMS key, keeping their ETag, last "
            "modified date and storage class, without copying any data. Copying each object onto "
            "itself with S3 Batch Operations was proposed. What should the company do?"
        ),
        SERVER_SIDE,
    ),
    ("kms Encrypt api fails on 50 MB file size limit", CLIENT_SIDE),
    ("GenerateDataKeyWithoutPlaintext vs GenerateDataKey when to use which", CLIENT_SIDE),
    (
        (
            "encryption sdk multi-keyring so two partners each decrypt the same message with "
            "their own kms key"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "producer only needs generate data key consumer only needs decrypt least privilege "
            "envelope"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "A research lab uploads genome files to Amazon S3. Its contract states that AWS, and "
            "any administrator with full S3 read permissions, must only ever be able to obtain "
            "ciphertext. SSE-KMS with a strict key policy and DSSE-KMS were both suggested. What "
            "should the lab do?"
        ),
        CLIENT_SIDE,
    ),
    ("turn on encryption for existing unencrypted ebs volume ModifyVolume has no option", STORAGE),
    ("ebs encryption by default enabled but older volumes still unencrypted", STORAGE),
    ("change dynamodb table from aws owned key to customer managed key without downtime", STORAGE),
    (
        (
            "efs mount -o tls and file system policy to refuse clients without encryption in "
            "transit"
        ),
        STORAGE,
    ),
    (
        (
            "auto scaling instances fail to launch when launch template volumes use customer "
            "managed kms key"
        ),
        STORAGE,
    ),
    (
        (
            "A company's unencrypted Amazon RDS for MySQL DB instance must be encrypted at rest "
            "with a customer managed KMS key during a maintenance window. One engineer tried to "
            "modify the instance to enable encryption, another tried to restore the unencrypted "
            "snapshot straight into an encrypted instance; both failed. What should the company "
            "do?"
        ),
        STORAGE,
    ),
    (
        (
            "sse-s3 objects replicate fine but sse-kms objects never show up in destination "
            "bucket"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "replication broke after turning on bucket keys role needs decrypt on destination key"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "copy objects that were in the bucket before the replication rule was created"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A company replicates a versioned bucket to a bucket in another AWS account in "
            "eu-central-1. Auditors require that the replicas belong to the destination account "
            "and that 99.9% of new objects arrive within 15 minutes under an SLA. Setting an ACL "
            "on every PutObject and running a scheduled Lambda sync were suggested. What should "
            "the company do?"
        ),
        S3_REPLICATION,
    ),
    ("other account sees shared ami but run instances fails with kms error", AMIS),
    ("copy-image of shared encrypted ami fails even though launch works", AMIS),
    (
        (
            "aws ec2 modify-image-attribute --launch-permission share ami with an organizational "
            "unit"
        ),
        AMIS,
    ),
    ("ami encrypted with aws/ebs default key how to share with another account", AMIS),
    (
        (
            "Account A shares an AMI with account B; its snapshots are encrypted with a customer "
            "managed key in account A. Account B needs its future launches to keep working even "
            "if account A later stops sharing or deletes the key. Launching from the shared AMI "
            "each time and asking account A to make the AMI public were proposed. What should "
            "account B do?"
        ),
        AMIS,
    ),
    ("lambda env var encrypted at rest but password still visible in console", SECRETS),
    ("parameter store securestring vs secrets manager which is free and which rotates", SECRETS),
    ("get-parameter returns encrypted value forgot --with-decryption", SECRETS),
    ("role in another account cannot read secret encrypted with aws/secretsmanager", SECRETS),
    (
        (
            "A Lambda function fetches an Aurora database password from AWS Secrets Manager on "
            "every invocation, and the API calls are adding cost and latency. The password "
            "rotates every 30 days and the function must pick up new values without "
            "redeployment. Copying the password into a plaintext environment variable and baking "
            "it into a Lambda layer were suggested. What should the company do?"
        ),
        SECRETS,
    ),
    ("guardduty vs inspector vs macie which service finds what", THREAT_DETECTION),
    (
        (
            "single pane for guardduty inspector macie findings plus cis and fsbp checks"
        ),
        THREAT_DETECTION,
    ),
    ("ec2 instance talking to known malicious ip address alert", GUARDDUTY),
    ("UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS meaning", GUARDDUTY),
    ("stop Recon:EC2/Portscan findings from our own vulnerability scanner instance", GUARDDUTY),
    (
        (
            "A company enabled Amazon GuardDuty only in the two Regions where it runs workloads. "
            "An audit warns that stolen access keys could be used to start instances in other "
            "Regions, and new member accounts join the organization every week. Creating a "
            "CloudTrail trail in each account and turning on VPC Flow Logs in every VPC were "
            "suggested. What should the company do?"
        ),
        GUARDDUTY,
    ),
    ("ecr image clean at push later flagged when new cve published", INSPECTOR),
    ("inspector assessment templates and assessment runs no longer available", INSPECTOR),
    ("scan ec2 for vulnerabilities without ssm agent using ebs snapshots", INSPECTOR),
    ("inspector score vs cvss severity vs epss which vulnerability to patch first", INSPECTOR),
    ("which service finds passport and credit card numbers stored in s3 buckets", MACIE),
    ("Policy:IAMUser/S3BucketPublic vs SensitiveData:S3Object/Personal difference", MACIE),
    ("macie only reports metadata for objects encrypted with customer managed kms key", MACIE),
    (
        (
            "A security team sees Amazon Macie policy findings in AWS Security Hub CSPM, but "
            "none of the sensitive data findings that the Macie console lists. Running another "
            "Macie discovery job and enabling GuardDuty Malware Protection for S3 were "
            "suggested. What should the team do?"
        ),
        MACIE,
    ),
    (
        (
            "overview of the edge and governance section firewall policies and api custom domain "
            "tls"
        ),
        EDGE,
    ),
    (
        (
            "same waf rules on every alb in all accounts including accounts created later"
        ),
        FIREWALL_MANAGER,
    ),
    ("fms prerequisites organizations all features aws config ram sharing", FIREWALL_MANAGER),
    (
        (
            "block mining and command and control domains in every vpc across the organization"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "acm certificate in eu-west-1 does not appear when creating edge-optimized custom "
            "domain"
        ),
        API_GATEWAY_ACM,
    ),
    ("regional rest api custom domain which region does the acm cert go in", API_GATEWAY_ACM),
    (
        (
            "api gateway security policy TLS_1_2 vs SecurityPolicy_TLS13 enhanced with mutual tls"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "A company exposes a REST API to partners, who must each present a client "
            "certificate issued by the company's private CA. Callers must not be able to skip "
            "the check by using the default execute-api URL. An edge-optimized custom domain and "
            "an IAM authorizer were suggested. What should the company do?"
        ),
        API_GATEWAY_ACM,
    ),
    ("scs-c03 domain weighting percentages and which notes cover each", EXAM_MAP),
    (
        (
            "what exam topics are missing from these notes identity center security lake "
            "detective"
        ),
        EXAM_MAP,
    ),
    ("all practice questions grouped by domain ordering and matching items", PRACTICE),
    ("quiz myself on every topic before the exam with explained answers", PRACTICE),
    ("two page printable summary for last minute revision night before exam", CHEAT_SHEET),
    ("all at a glance boxes and exam tip keywords on one printout", CHEAT_SHEET),
    ("list of acronyms and abbreviations with definitions", GLOSSARY),
    ("what do CVSS EPSS PHI and SBOM stand for", GLOSSARY),
    # Batch 61: written before any ranking was looked at, each page judged from its content.
    ("cmk auto rotation only once a year? want rotate every 180 days", KMS),
    ("kms decrypt AccessDeniedException but iam role policy already allow kms:Decrypt", KMS),
    ("i delete kms key by mistake, can i get it back before it is gone", KMS),
    ("dedicated hsm only for my company vs kms, which one for oracle tde", KMS),
    ("same encryption key working in two regions for disaster recovery mrk", KMS),
    ("kms stop all use of key now but maybe undo later", KMS),
    (
        (
            "A company encrypts data with a customer managed KMS key in account A. An "
            "application role in account B must decrypt this data. The team added an IAM policy "
            "that allows kms:Decrypt to the role in account B, but the calls still fail. What "
            "else must the company do?"
        ),
        KMS,
    ),
    ("s3 encrypt with key i keep myself, aws must not store my key", SERVER_SIDE),
    ("s3 kms bill too high millions of objects, how make fewer kms calls", SERVER_SIDE),
    ("new s3 bucket do i still need turn on encryption or automatic now", SERVER_SIDE),
    ("cloudfront cannot serve kms encrypted s3 objects using oai", SERVER_SIDE),
    (
        (
            "A financial company must store documents in Amazon S3 with two independent layers "
            "of encryption to meet a regulation. The company wants to control the key with its "
            "own key policy and audit every use of it. SSE-C and client-side encryption were "
            "considered. Which solution meets these requirements with the LEAST operational "
            "overhead?"
        ),
        SERVER_SIDE,
    ),
    ("kms encrypt fails on file bigger than 4kb, how to encrypt big file", CLIENT_SIDE),
    ("encrypt files in my app before upload so even aws admins never see plaintext", CLIENT_SIDE),
    (
        (
            "upload service should encrypt but not be able to read back, which kms permission "
            "only"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "A company stores encrypted reports in Amazon S3. Two partner companies must each "
            "decrypt the same stored copy with a KMS key in their own AWS account, and the data "
            "must not be stored twice. SSE-KMS with a key policy that allows both partners was "
            "considered. Which solution meets these requirements?"
        ),
        CLIENT_SIDE,
    ),
    ("all new ebs disks must be encrypted, developers forget tick the box", STORAGE),
    ("dynamodb table switch to my own kms key, downtime?", STORAGE),
    ("efs refuse clients that mount without tls", STORAGE),
    ("other account shared encrypted rds snapshot with us but restore not working", STORAGE),
    ("auto scaling group instances fail to launch when ebs use customer managed key", STORAGE),
    (
        (
            "A company runs an Amazon RDS for MySQL DB instance that was created without "
            "encryption. A new policy requires encryption at rest with a customer managed KMS "
            "key. Modifying the running instance to turn on encryption was considered. What "
            "should a solutions architect do?"
        ),
        STORAGE,
    ),
    (
        (
            "s3 cross region replication copy normal files but kms encrypted ones never arrive"
        ),
        S3_REPLICATION,
    ),
    ("replication getting 503 errors during big upload, objects are sse-kms", S3_REPLICATION),
    (
        (
            "files that were in bucket before i made replication rule are missing in destination"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A company replicates an S3 bucket encrypted with SSE-KMS from us-east-1 to a bucket "
            "in another AWS account in eu-west-1. The replicas must be encrypted with a key the "
            "destination account controls and must be owned by the destination account. Using "
            "the AWS managed key aws/s3 and a multi-Region key were considered. Which "
            "combination of steps meets these requirements?"
        ),
        S3_REPLICATION,
    ),
    ("shared ami visible in other account but launch instance fails, volumes encrypted", AMIS),
    ("ami encrypted with default aws/ebs key how to give to another account", AMIS),
    ("launch from shared ami works but copy-image in my account fails", AMIS),
    (
        (
            "A company builds a golden AMI with encrypted EBS snapshots in a central account. "
            "Every account in one organizational unit must be able to launch it, including "
            "accounts added to the OU later. Which solution meets these requirements with the "
            "LEAST operational overhead?"
        ),
        AMIS,
    ),
    (
        (
            "lambda db password: encrypted env variable with kms decrypt or secrets manager "
            "better"
        ),
        SECRETS,
    ),
    ("ssm parameter securestring vs secrets manager, which cheaper", SECRETS),
    ("parameter store read older value of a parameter, version history", SECRETS),
    ("role in other account cannot read my secret, it uses aws/secretsmanager key", SECRETS),
    (
        (
            "An application on Amazon EC2 reads database credentials for Amazon RDS from a "
            "configuration file. The security team requires the password to change automatically "
            "every 30 days with no application downtime. Parameter Store SecureString with a "
            "scheduled script was considered. Which solution meets these requirements with the "
            "LEAST operational overhead?"
        ),
        SECRETS,
    ),
    ("someone mining bitcoin on my ec2, how to find out", GUARDDUTY),
    ("guardduty need to install agent on instances?", GUARDDUTY),
    ("send email to team when guardduty find something", GUARDDUTY),
    ("scan files users upload to s3 for virus", GUARDDUTY),
    (
        (
            "A company wants to detect brute-force login attempts on its Amazon Aurora "
            "PostgreSQL databases, and unusually large reads after a password leak. No agent may "
            "be installed and the database settings must not change. Which solution meets these "
            "requirements?"
        ),
        GUARDDUTY,
    ),
    ("inspector classic assessment template and assessment run where did it go", INSPECTOR),
    ("ecr docker images check vulnerabilities and rescan when new cve comes out", INSPECTOR),
    ("find unpatched software on ec2 without ssm agent installed", INSPECTOR),
    (
        (
            "A company builds container images in a CI/CD pipeline. The build must fail when an "
            "image contains a critical CVE, before the image is pushed to Amazon ECR. ECR basic "
            "scanning and GuardDuty Runtime Monitoring were considered. Which solution meets "
            "these requirements?"
        ),
        INSPECTOR,
    ),
    ("find passport and credit card numbers inside files in s3", MACIE),
    ("can macie scan rds or dynamodb for personal data", MACIE),
    ("macie not detect our own employee id format", MACIE),
    (
        (
            "A company has 3,000 S3 buckets in many accounts. It wants a low-cost, continuous "
            "view of which buckets probably contain personal data, without setting up scans "
            "bucket by bucket. Which solution meets these requirements with the LEAST "
            "operational overhead?"
        ),
        MACIE,
    ),
    ("same waf rules on every account in organization, new accounts too", FIREWALL_MANAGER),
    ("firewall manager what needed before start, aws config organizations", FIREWALL_MANAGER),
    (
        (
            "guardduty said instance looked up mining pool domain, how block bad domains for all "
            "vpcs in org"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A company with 80 accounts in AWS Organizations must make sure that every "
            "internet-facing Application Load Balancer and CloudFront distribution, including "
            "ones created later in new accounts, is protected by AWS Shield Advanced. AWS Config "
            "rules with custom Lambda remediation and CloudFormation StackSets were considered. "
            "Which solution meets these requirements with the LEAST operational overhead?"
        ),
        FIREWALL_MANAGER,
    ),
    ("edge optimized api custom domain, acm cert must be in which region", API_GATEWAY_ACM),
    ("api gateway clients must show their own certificate, truststore", API_GATEWAY_ACM),
    ("users skip my custom domain and call execute-api url directly, how block", API_GATEWAY_ACM),
    ("private api in vpc can have custom domain name with certificate?", API_GATEWAY_ACM),
    ("make s3 bucket refuse http, only https allowed", IN_FLIGHT),
    ("force ssl for all connections to postgres rds", IN_FLIGHT),
    ("load balancer must not decrypt traffic, tls end on instances", IN_FLIGHT),
    ("aws certificate manager free? cert renew by itself?", IN_FLIGHT),
    ("download these notes as pdf or offline copy, flashcards", HOME),
    ("beginner, which order to read the pages, where start", HOME),
    ("encryption in transit vs at rest vs client side, who holds key in each", DATA_PROTECTION),
    ("is encryption at rest enough or combine with tls and client side layers", DATA_PROTECTION),
    ("see all security findings in one place plus cis benchmark checks", THREAT_DETECTION),
    ("overview org wide firewall rules and api gateway certificate topics", EDGE),
    ("scs-c03 domains weight percent and which page cover each", EXAM_MAP),
    ("saa-c03 design secure architectures, which pages here useful", EXAM_MAP),
    ("practice test questions grouped by exam domain", PRACTICE),
    ("quiz with answers explained why each option wrong", PRACTICE),
    ("printable two page summary to read before exam", CHEAT_SHEET),
    ("last minute revision all exam tips keywords in one place", CHEAT_SHEET),
    ("PHI abbreviation meaning", GLOSSARY),
    ("list of acronyms what XKS OCSF SBOM stand for", GLOSSARY),
    # Batch 62: written before any ranking was looked at, each page judged from its content.
    ("download the notes as pdf, offline copy or flashcards", HOME),
    ("what do the green exam tip and orange what aws changed boxes mean", HOME),
    (
        (
            "in transit vs at rest vs client-side encryption who holds the keys and what each "
            "protects against"
        ),
        DATA_PROTECTION,
    ),
    (
        (
            "why picking only TLS or only SSE is an incomplete answer, use all three layers"
        ),
        DATA_PROTECTION,
    ),
    ("kms:CallerAccount with Principal * allow every role in one account", KMS),
    ("BypassPolicyLockoutSafetyCheck PutKeyPolicy lockout safety check", KMS),
    (
        (
            "RotateKeyOnDemand limit 10 or 25 rotations per key, imported material multi-region "
            "2025"
        ),
        KMS,
    ),
    ("kms:TrailingDaysWithoutKeyUsage deny DisableKey ScheduleKeyDeletion key still in use", KMS),
    ("XKS external key store proxy vs CloudHSM key store two active HSMs in different AZs", KMS),
    ("kms:RecipientAttestation:ImageSha384 nitro enclave only decrypt", KMS),
    ("kms symmetric requests per second 10,000 us-east-1 100,000 older notes 5,500", KMS),
    (
        (
            "An application role has an IAM policy allowing kms:Decrypt on a customer managed "
            "key, but every call returns AccessDeniedException. The key was created with "
            "CreateKey and a custom key policy that names only a security admin role. Attaching "
            "AWSKeyManagementServicePowerUser and adding a KMS interface VPC endpoint were "
            "proposed. What change makes the IAM policy take effect?"
        ),
        KMS,
    ),
    ("s3:TlsVersion 1.3 deny breaks PrivateLink for S3 and Multi-Region Access Points", IN_FLIGHT),
    ("rds.force_ssl default postgresql 15, require_secure_transport mysql 9.7", IN_FLIGHT),
    (
        (
            "acm public certificate validity 198 days, email validation end 2027 switch to dns "
            "UpdateCertificateOptions"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "cloudfront custom origin self-signed certificate 502 bad gateway, alb does not "
            "validate target certs"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "x-amz-server-side-encryption-customer-key-MD5 salted hmac sse-c over http rejected"
        ),
        SERVER_SIDE,
    ),
    ("BlockedEncryptionTypes set to NONE sse-c writes 403 on new buckets april 2026", SERVER_SIDE),
    (
        (
            "UpdateObjectEncryption change kms key of existing objects in place batch operations"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "put with x-amz-server-side-encryption aws:kms and no key id uses aws/s3 instead of "
            "bucket default key"
        ),
        SERVER_SIDE,
    ),
    ("does dsse-kms support s3 bucket keys, aws:kms:dsse header cost", SERVER_SIDE),
    (
        (
            "Auditors must see every use of the key protecting objects in an S3 bucket and the "
            "security team must be able to make the objects unreadable at once if the key is "
            "compromised. SSE-S3 and SSE-KMS with the aws/s3 key were proposed. Which "
            "server-side encryption setup meets the requirements?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "GenerateDataKeyWithoutPlaintext component creates data keys but never sees plaintext"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "encryption sdk discovery keyring cannot encrypt, discovery filter accounts partition"
        ),
        CLIENT_SIDE,
    ),
    ("multi-keyring generator key so two partner accounts decrypt one stored copy", CLIENT_SIDE),
    (
        (
            "A hospital stores images in S3 and a new rule says that neither Amazon S3 nor "
            "anyone with s3:GetObject may ever see the plaintext. DSSE-KMS with a customer "
            "managed key and SSE-C with hospital-held keys were proposed. Which approach "
            "satisfies the rule?"
        ),
        CLIENT_SIDE,
    ),
    ("aurora clusters encrypted by default since 18 february 2026 aws owned key", STORAGE),
    ("dynamodb switch from aws owned to customer managed key UpdateTable no downtime", STORAGE),
    (
        (
            "elasticfilesystem:Encrypted scp deny unencrypted file systems, mount -o tls "
            "efs-proxy"
        ),
        STORAGE,
    ),
    ("AssociateKmsKeyId additional kms key on EBS snapshot for cross-account copy", STORAGE),
    (
        (
            "EBS encryption by default was turned on in every Region with a customer managed "
            "default key, yet an audit still reports unencrypted data volumes on production "
            "instances. Running ModifyVolume and calling KMS ReEncrypt on the volumes were "
            "proposed. How should the engineer encrypt the existing data?"
        ),
        STORAGE,
    ),
    ("SseKmsEncryptedObjects ReplicaKmsKeyID replication rule opt-in", S3_REPLICATION),
    (
        (
            "replication stopped after turning on bucket keys, kms:Decrypt on destination key "
            "and bucket arn context"
        ),
        S3_REPLICATION,
    ),
    ("are SSE-C objects replicated now, destination blocks sse-c 403", S3_REPLICATION),
    (
        (
            "replicas owned by destination account bucket owner enforced vs "
            "s3:ObjectOwnerOverrideToBucketOwner"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "A company replicates SSE-KMS objects from a us-east-1 bucket to a bucket in another "
            "account in eu-west-1. It used a multi-Region replica of the source key as "
            "ReplicaKmsKeyID and gave the replication role only kms:Decrypt on the source key, "
            "assuming one key does both steps. Replicas never arrive. What is missing?"
        ),
        S3_REPLICATION,
    ),
    ("ModifyImageAttribute launch permission organization or OU ARN encrypted ami", AMIS),
    ("can launch from shared ami but CopyImage fails createVolumePermission snapshots", AMIS),
    ("ec2:SharedTag/ prefix tags visible to accounts the ami is shared with", AMIS),
    (
        (
            "Account A shared an AMI whose snapshots are encrypted with a customer managed key; "
            "account B sees the AMI but RunInstances fails. Sharing the snapshots with "
            "createVolumePermission and making the AMI public were proposed. What must be fixed "
            "so account B can launch?"
        ),
        AMIS,
    ),
    (
        (
            "Parameters and Secrets Lambda Extension cache 300 seconds "
            "secretsmanager:GetSecretValue"
        ),
        SECRETS,
    ),
    ("ParameterMaxVersionLimitExceeded oldest version has a label 100 versions", SECRETS),
    (
        (
            "Secret Label Updated eventbridge event AWSCURRENT refresh connection pool after "
            "rotation"
        ),
        SECRETS,
    ),
    ("secrets manager cross-account replica same region AssociateCrossAccountReplica", SECRETS),
    (
        (
            "An RDS for PostgreSQL master user password must rotate automatically at least every "
            "30 days, and the company will not write or maintain rotation code. A Lambda "
            "rotation function from the generic template and a Parameter Store SecureString with "
            "an expiration policy were proposed. What has the least operational overhead?"
        ),
        SECRETS,
    ),
    ("security hub cspm asff vs new security hub ocsf exposure findings", THREAT_DETECTION),
    (
        (
            "one delegated admin for guardduty inspector and macie, security tooling account, "
            "not management account"
        ),
        THREAT_DETECTION,
    ),
    (
        (
            "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS vs InsideAWS"
        ),
        GUARDDUTY,
    ),
    (
        (
            "trusted entity list CreateTrustedEntitySet private ip scanner needs suppression "
            "rule instead"
        ),
        GUARDDUTY,
    ),
    (
        (
            "runtime monitoring ECS Managed Instances EKS Fargate supported? fargate sidecar "
            "agent"
        ),
        GUARDDUTY,
    ),
    ("Runtime/SensitiveFileModified authorized_keys sudoers new finding 2026", GUARDDUTY),
    (
        (
            "malware protection for s3 sse-c and client-side encrypted objects scanned, role "
            "kms:GenerateDataKey"
        ),
        GUARDDUTY,
    ),
    (
        (
            "The security team suspects hijacked EC2 instances are mining cryptocurrency. It "
            "must detect this from now on and stop affected instances automatically without "
            "installing agents. Inspector with Systems Manager Automation and a VPC Flow Logs "
            "metric filter were proposed. Which solution has the least operational overhead?"
        ),
        GUARDDUTY,
    ),
    ("amazon inspector score cvss 3.1 adjusted for reachability, no score on ubuntu", INSPECTOR),
    ("ecr re-scan duration 14 days last pull last in-use date inactive image", INSPECTOR),
    ("InspectorEc2Exclusion tag, InspectorCodeExclusion LambdaCodeScanning", INSPECTOR),
    ("inspector classic assessment templates end of support 20 may 2026", INSPECTOR),
    (
        (
            "A team needs to find CVEs in EC2 instances, ECR images and Lambda functions "
            "continuously, including CVEs published after deployment, with no scheduled scans. "
            "GuardDuty Runtime Monitoring and ECR basic scan on push were proposed. Which "
            "service should be activated?"
        ),
        INSPECTOR,
    ),
    ("Policy:IAMUser/S3BucketEncryptionDisabled what triggers it", MACIE),
    (
        (
            "custom data identifier not used by automated sensitive data discovery until added "
            "to settings"
        ),
        MACIE,
    ),
    (
        (
            "macie objects under customer managed kms key AWSServiceRoleForAmazonMacie key "
            "policy, sse-c metadata only"
        ),
        MACIE,
    ),
    ("PutClassificationExportConfiguration keep discovery results longer than 90 days", MACIE),
    ("section overview org-wide firewall policies and api custom domain tls certificates", EDGE),
    (
        (
            "PutAdminAccount scoped fms administrator, only default admin third-party firewall "
            "policies"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "block guardduty bitcoin mining domains in every vpc "
            "AWSManagedDomainsAggregateThreatList"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "fms shield advanced policy route 53 hosted zones global accelerator not supported"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A Firewall Manager Network Firewall policy is created in the administrator account "
            "of an organization with all features enabled and AWS Config recording everywhere, "
            "but firewalls never appear in member accounts. Enabling consolidated billing only "
            "and moving the policy to the management account were proposed. What is missing?"
        ),
        FIREWALL_MANAGER,
    ),
    ("disableExecuteApiEndpoint 403 redeploy stage mutual tls bypass", API_GATEWAY_ACM),
    (
        (
            "enhanced SecurityPolicy_TLS13_1_3_2025_09 cannot use mutual tls or map http api"
        ),
        API_GATEWAY_ACM,
    ),
    ("private custom domain name domain name access association share with RAM", API_GATEWAY_ACM),
    (
        (
            "An edge-optimized REST API runs in eu-west-1. The ACM certificate for "
            "api.example.com was validated in eu-west-1 but is not offered when creating the "
            "custom domain name. Copying the certificate to us-east-1 and attaching it to the "
            "stage were proposed. What should the administrator do?"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "SCS-C03 domain weights and topics not covered like security lake, organization "
            "trails"
        ),
        EXAM_MAP,
    ),
    ("all practice questions by exam domain multiple response ordering matching quiz", PRACTICE),
    ("two page printable summary of every exam fact for the night before", CHEAT_SHEET),
    ("what does DHMC, SPDX and RTC stand for", GLOSSARY),
    # Batch 63: written before any ranking was looked at, each page judged from its content.
    ("where do I start with these notes, what order should I read them in", HOME),
    ("offline copy and PDF download of the whole notes", HOME),
    (
        (
            "encryption in transit vs at rest vs client-side: who encrypts and who holds the keys"
        ),
        DATA_PROTECTION,
    ),
    ("kms:Decrypt AccessDeniedException although the role's IAM policy allows it", KMS),
    ("allow decrypt only from a specific Nitro Enclave image PCR0 condition", KMS),
    ("DeleteImportedKeyMaterial key stuck in PendingImport, how do I get it back", KMS),
    ("can I convert an existing single-Region KMS key into a multi-Region key", KMS),
    ("refuse to schedule deletion of a key that was used in the last 30 days", KMS),
    ("CloudHSM or KMS for Oracle TDE and SSL offload", KMS),
    (
        (
            "A financial company's regulator requires that encryption key material is never "
            "stored inside AWS, yet Amazon S3 and Amazon EBS must keep encrypting through AWS "
            "KMS. A CloudHSM key store and importing key material into a KMS key were proposed. "
            "Which option meets the requirement?"
        ),
        KMS,
    ),
    ("make an S3 bucket reject plain HTTP requests", IN_FLIGHT),
    ("load balancer must not decrypt the traffic, TLS should end on the instances", IN_FLIGHT),
    (
        (
            "ACM email validated certificate stops renewing in 2027, switch it to DNS validation"
        ),
        IN_FLIGHT,
    ),
    (
        (
            "A company must ensure that every client connection to its Amazon RDS for MySQL "
            "database is encrypted in transit. Enabling encryption at rest with a customer "
            "managed KMS key and enabling S3 default encryption were proposed. What should the "
            "security engineer configure instead?"
        ),
        IN_FLIGHT,
    ),
    ("upload with SSE-C to a new bucket gets 403 AccessDenied", SERVER_SIDE),
    ("change the KMS key of objects already in S3 without copying them", SERVER_SIDE),
    ("serve SSE-KMS encrypted objects through CloudFront, OAI vs OAC", SERVER_SIDE),
    (
        (
            "After S3 Bucket Keys were turned on for an SSE-KMS bucket, an auditor sees far "
            "fewer KMS events in CloudTrail, a key policy condition that names object ARNs "
            "stopped matching, and disabling the KMS key did not stop reads at once. What "
            "explains these observations?"
        ),
        SERVER_SIDE,
    ),
    (
        (
            "key commitment REQUIRE_ENCRYPT_ALLOW_DECRYPT while migrating to S3 Encryption "
            "Client v4"
        ),
        CLIENT_SIDE,
    ),
    ("KMS Encrypt fails for a 20 MB file, how do I encrypt it with a KMS key", CLIENT_SIDE),
    (
        (
            "one encrypted message that two partners can each decrypt with their own KMS key, "
            "multi-keyring"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "An ingestion service encrypts records with the AWS Encryption SDK under a KMS key "
            "before writing them to S3, and a separate reporting service reads them. Following "
            "least privilege, the ingestion service must not be able to read back what it wrote. "
            "Which KMS permission should each role get?"
        ),
        CLIENT_SIDE,
    ),
    ("share an EBS volume with another account through RAM without taking a snapshot", STORAGE),
    ("encryption by default turned on but old EBS volumes are still unencrypted", STORAGE),
    ("how to encrypt an existing unencrypted Aurora cluster", STORAGE),
    (
        (
            "switch a DynamoDB table from the AWS owned key to a customer managed key, any "
            "downtime?"
        ),
        STORAGE,
    ),
    ("EFS should refuse clients that mount without TLS", STORAGE),
    (
        (
            "Account A shares a manual RDS snapshot encrypted with a customer managed KMS key "
            "with account B, and the key policy already allows account B. Engineers in account B "
            "get an error when they restore a DB instance directly from the shared snapshot. "
            "What must they do?"
        ),
        STORAGE,
    ),
    (
        (
            "A company set up S3 Cross-Region Replication to a bucket in another account. "
            "Objects encrypted with SSE-S3 arrive in the destination, but objects encrypted with "
            "SSE-KMS never do. Running S3 Batch Operations and adding an aws:SecureTransport "
            "bucket policy were proposed. What should be done?"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "replication role needs kms:Decrypt on source key and kms:Encrypt on destination key"
        ),
        S3_REPLICATION,
    ),
    ("replicas in the destination account are still owned by the source account", S3_REPLICATION),
    (
        (
            "are delete markers and Glacier Deep Archive objects copied by S3 replication"
        ),
        S3_REPLICATION,
    ),
    (
        (
            "Account A shares an AMI whose snapshots are encrypted with a customer managed KMS "
            "key. Users in account B see the AMI in their console, but every launch fails "
            "straight away. Sharing the AMI's snapshots and making the AMI public were proposed. "
            "What is the actual fix?"
        ),
        AMIS,
    ),
    ("CopyImage fails on a shared AMI even though launching from it works", AMIS),
    ("share an AMI with an entire organizational unit by its ARN", AMIS),
    (
        (
            "Thousands of concurrent Lambda invocations exhaust the connections of an Aurora "
            "MySQL database, and the security team wants the function to hold no database "
            "password at all. Storing the password in an encrypted environment variable and in a "
            "Parameter Store SecureString were proposed. Which solution meets both requirements?"
        ),
        SECRETS,
    ),
    ("Parameter Store advanced parameter can't be moved back to the standard tier", SECRETS),
    ("refresh the connection pool when AWSCURRENT moves to a new version after rotation", SECRETS),
    ("rotate RDS master password without maintaining a Lambda function", SECRETS),
    ("GuardDuty or Inspector or Macie, which one for which requirement", THREAT_DETECTION),
    ("Security Hub CSPM vs the new Security Hub exposure findings", THREAT_DETECTION),
    (
        (
            "one security tooling account as delegated admin for all three detection services"
        ),
        THREAT_DETECTION,
    ),
    ("GuardDuty finding when the root user's credentials are used", GUARDDUTY),
    ("GuardDuty shows no DNS findings because we run our own DNS resolver", GUARDDUTY),
    ("stop port scan findings caused by our internal vulnerability scanner", GUARDDUTY),
    ("does malware protection for S3 scan SSE-C or client-side encrypted uploads", GUARDDUTY),
    (
        (
            "A company runs workloads in two Regions but wants to detect attackers who launch "
            "resources in Regions it never uses, across all 80 member accounts of its "
            "organization. Enabling AWS Config rules and Amazon Inspector in the two active "
            "Regions were proposed. What should the security engineer do?"
        ),
        GUARDDUTY,
    ),
    ("export an SBOM in CycloneDX or SPDX format to S3", INSPECTOR),
    ("ECR image findings closed and image marked inactive after 14 days", INSPECTOR),
    ("assessment templates and assessment runs no longer available", INSPECTOR),
    (
        (
            "A development team wants its build pipeline to fail before a container image with "
            "critical CVEs is ever pushed to Amazon ECR. ECR basic scanning and GuardDuty "
            "Runtime Monitoring were proposed. Which approach meets the requirement?"
        ),
        INSPECTOR,
    ),
    (
        (
            "Macie keeps flagging our public support phone number as PII, how do I make it "
            "ignore it"
        ),
        MACIE,
    ),
    ("custom data identifier is not used by automated sensitive data discovery", MACIE),
    ("Macie only reports metadata for objects encrypted with a customer managed KMS key", MACIE),
    ("edge and governance pages, what each one covers", EDGE),
    (
        (
            "GuardDuty keeps reporting instances that look up command-and-control domains. The "
            "company wants every VPC in all accounts of its organization, including accounts "
            "created later, to stop resolving known botnet and malware domains without "
            "maintaining the domain lists itself. Which solution meets these requirements?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "who can create a Firewall Manager administrator limited to one OU and one policy "
            "type"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "A REST API runs in eu-west-1 behind an edge-optimized custom domain name. The team "
            "imported its certificate into ACM in eu-west-1, but the certificate does not show "
            "up when they configure the custom domain. What should they do?"
        ),
        API_GATEWAY_ACM,
    ),
    ("enhanced TLS 1.3 security policy together with mutual TLS on API Gateway", API_GATEWAY_ACM),
    ("clients bypass the custom domain by calling the execute-api URL", API_GATEWAY_ACM),
    (
        (
            "will ACM renew a Private CA IssueCertificate certificate on an API Gateway custom "
            "domain"
        ),
        API_GATEWAY_ACM,
    ),
    ("how much is each SCS-C03 domain worth in percent", EXAM_MAP),
    ("exam topics not covered here like IAM Identity Center and Security Lake", EXAM_MAP),
    ("where can I find every quiz question sorted by SCS-C03 domain", PRACTICE),
    ("what does SLR stand for", GLOSSARY),
    ("list of abbreviations with their meanings", GLOSSARY),
    # Batch 64: written before any ranking was looked at, each page judged from its content.
    ("kms:Decrypt AccessDeniedException but the role's IAM policy allows it", KMS),
    ("automatic key rotation period range in days and how many on-demand rotations per key", KMS),
    ("schedule key deletion min and max waiting period, can it be undone", KMS),
    ("external key store vs cloudhsm key store if key material can never live in aws", KMS),
    ("instance keeps running after its root volume cmk was disabled, why no failure", KMS),
    (
        (
            "A security engineer must let analysts use a customer managed key only when Amazon "
            "EBS calls KMS on their behalf in us-east-1, never by calling kms:Decrypt directly. "
            "Which condition key belongs in the key policy statement?"
        ),
        KMS,
    ),
    ("require clients to use tls 1.2 or newer for an s3 bucket, which condition key", IN_FLIGHT),
    ("make rds mysql reject unencrypted connections parameter group setting", IN_FLIGHT),
    ("load balancer must not terminate tls, decrypt only on the ec2 instances", IN_FLIGHT),
    ("what happens if an sse-c key is sent over plain http", SERVER_SIDE),
    (
        (
            "upload with --sse aws:kms and no key id, does it use the bucket default cmk or "
            "aws/s3"
        ),
        SERVER_SIDE,
    ),
    ("cloudfront OAI can't serve objects encrypted with sse-kms", SERVER_SIDE),
    ("switch millions of stored objects from sse-s3 to sse-kms without copying them", SERVER_SIDE),
    (
        (
            "Our bucket default encryption is SSE-KMS, and the bucket policy denies s3:PutObject "
            "when s3:x-amz-server-side-encryption is not aws:kms. Uploads from a tool that sends "
            "no encryption headers now fail, even though the bucket default would have encrypted "
            "them with KMS. Why is the upload denied?"
        ),
        SERVER_SIDE,
    ),
    ("kms Encrypt fails on a 10 MB file, is it a quota problem", CLIENT_SIDE),
    ("component should create data keys but never see them in plaintext", CLIENT_SIDE),
    (
        (
            "two partners each decrypt the same stored object with a kms key in their own "
            "account, only one copy stored"
        ),
        CLIENT_SIDE,
    ),
    (
        (
            "An ingestion service encrypts records with envelope encryption under a shared KMS "
            "key and uploads them, and a separate reporting service reads them. Least privilege "
            "says the ingestion service must not be able to read back what it wrote. Which KMS "
            "permission should each service get?"
        ),
        CLIENT_SIDE,
    ),
    ("turn on encryption for an existing unencrypted ebs volume with modifyvolume?", STORAGE),
    (
        (
            "aurora CopyDBClusterSnapshot with KmsKeyId on an unencrypted snapshot gives an error"
        ),
        STORAGE,
    ),
    ("switch a dynamodb table from aws owned key to customer managed key, any downtime", STORAGE),
    ("efs mount with tls and refuse clients that don't use it", STORAGE),
    (
        (
            "We turned on EBS encryption by default in us-east-1 last month with our customer "
            "managed key as the default key. An audit still shows unencrypted volumes: some "
            "created two years ago in us-east-1 and some created last week in eu-west-1. What "
            "explains both, and how do we fix the old ones?"
        ),
        STORAGE,
    ),
    ("do objects encrypted with customer-provided keys get copied by crr", S3_REPLICATION),
    (
        (
            "cross account replication replicas still owned by source account, how to make "
            "destination own them"
        ),
        S3_REPLICATION,
    ),
    ("replication getting 503 errors from kms throttling on a busy bucket", S3_REPLICATION),
    (
        (
            "We replicate SSE-KMS objects from us-east-1 to eu-west-1 and use a multi-Region key "
            "whose replica sits in eu-west-1, so we assumed S3 would copy the ciphertext without "
            "re-encrypting. Replicas fail with KMS access errors on the destination side. It was "
            "proposed to grant the replication role only kms:Decrypt on the primary key, or to "
            "enable Replication Time Control. What does the role actually need?"
        ),
        S3_REPLICATION,
    ),
    ("other account sees my shared ami but RunInstances fails, snapshots are encrypted", AMIS),
    ("share an ami with a whole OU or the organization instead of account ids", AMIS),
    ("copy an aws marketplace ami that someone shared with us", AMIS),
    (
        (
            "Account B launches instances fine from an encrypted AMI that account A shares, "
            "using A's customer managed key. To stop depending on account A, B runs CopyImage "
            "with its own KMS key, and the copy fails with a permission error on the AMI's "
            "storage. What is missing on account A's side?"
        ),
        AMIS,
    ),
    ("secrets manager rotation lambda in a private subnet times out", SECRETS),
    ("move an advanced tier parameter back to standard tier to stop paying", SECRETS),
    (
        (
            "A secret in the shared-services account is encrypted with aws/secretsmanager, and a "
            "role in a workload account gets AccessDenied reading it although its IAM policy "
            "allows GetSecretValue and kms:Decrypt. Suggestions so far were adding the role to "
            "the aws/secretsmanager key policy and copying the value into a standard Parameter "
            "Store parameter. What actually has to change in the owning account?"
        ),
        SECRETS,
    ),
    (
        (
            "guardduty or inspector or macie, which one for threat vs vulnerability vs sensitive "
            "data"
        ),
        THREAT_DETECTION,
    ),
    (
        (
            "single view of findings from all three detectors plus CIS benchmark checks across "
            "accounts"
        ),
        THREAT_DETECTION,
    ),
    (
        (
            "do I have to create a cloudtrail trail and turn on flow logs before guardduty works"
        ),
        GUARDDUTY,
    ),
    ("no guardduty finding after someone mass deleted objects from a bucket overnight", GUARDDUTY),
    ("guardduty malware scan on uploads encrypted with sse-c or client-side", GUARDDUTY),
    (
        (
            "Our internal vulnerability scanner on a private IP port-scans the fleet every night "
            "and GuardDuty raises Recon:EC2/Portscan for it each time. The team suggested "
            "putting the scanner's IP in a trusted IP list, or suspending GuardDuty during the "
            "scan window. How do we keep these findings out of Security Hub and alerts without "
            "losing others?"
        ),
        GUARDDUTY,
    ),
    ("vulnerability scan for ec2 instances that have no ssm agent installed", INSPECTOR),
    ("how long does inspector keep rescanning ecr images after push or last pull", INSPECTOR),
    (
        (
            "A team wants continuous findings for vulnerable third-party packages in its Lambda "
            "functions and layers, and also wants flaws such as injection in its own handler "
            "code reported. Which Inspector scan types are needed, and does either cover "
            "functions whose code is encrypted with a customer managed key?"
        ),
        INSPECTOR,
    ),
    ("macie only reports metadata for objects under our cmk, key policy needed?", MACIE),
    (
        (
            "Compliance wants to be alerted when any bucket's default encryption is reset to "
            "SSE-S3 or when a bucket starts replicating to an account outside the organization. "
            "GuardDuty S3 Protection and an Inspector scan were suggested. Which service reports "
            "these bucket changes, and as what kind of finding?"
        ),
        MACIE,
    ),
    ("overview of org-wide firewall governance and tls certificates for api custom domains", EDGE),
    ("firewall manager requirements aws config organizations all features ram", FIREWALL_MANAGER),
    (
        (
            "can the default firewall manager admin create scoped administrators for other teams"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "block crypto mining and c2 domains from resolving in every vpc of the org, not just "
            "detect them"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "Every Application Load Balancer and API Gateway stage in our 80 accounts, including "
            "accounts created next month, must carry the same AWS WAF rules that account teams "
            "cannot remove. Someone proposed a service control policy, and someone else a Shield "
            "Advanced subscription per account. Which approach needs the least ongoing work?"
        ),
        FIREWALL_MANAGER,
    ),
    (
        (
            "api runs in eu-west-1 edge optimized custom domain, acm cert from eu-west-1 doesn't "
            "show up"
        ),
        API_GATEWAY_ACM,
    ),
    (
        (
            "mutual tls on api gateway truststore, does it work with edge-optimized domains"
        ),
        API_GATEWAY_ACM,
    ),
    ("stop clients bypassing the custom domain through the execute-api url", API_GATEWAY_ACM),
    (
        (
            "Account A shares the private custom domain name of its private REST API with "
            "account B through AWS RAM. Applications in account B's VPC must call it by that "
            "name without touching the internet. VPC peering to account A and a Route 53 alias "
            "to an edge-optimized name were proposed. What does account B need to create?"
        ),
        API_GATEWAY_ACM,
    ),
    ("scs-c03 domain weights, which domain is biggest", EXAM_MAP),
    (
        (
            "topics the notes don't cover yet like security lake or identity center, where to "
            "study them"
        ),
        EXAM_MAP,
    ),
    ("all practice questions in one place grouped by domain", PRACTICE),
    ("practice ordering and matching items like on the real exam", PRACTICE),
    ("two page printable summary for last minute revision", CHEAT_SHEET),
    ("list of exam keywords that point to the right answer", CHEAT_SHEET),
    ("does printing a page show the hidden answers and link addresses", HOME),
    ("download an offline copy of the site to read on a plane", HOME),
    ("GCM meaning in aes-gcm", GLOSSARY),
    (
        (
            "who holds the keys in transit vs at rest vs client side encryption compared"
        ),
        DATA_PROTECTION,
    ),
]

# The queries the tests run, by kind; every page is here at least once.
_IN_SUBSET = {
    # Acronyms and exact terms
    "PII",
    "CVE",
    "SSE-KMS",
    "CRR",
    "aws/ebs",
    "cryptocurrency:ec2/bitcointool.b!dns",
    # API actions, permissions, condition keys and request settings
    "kms:Decrypt",
    "ModifyImageAttribute",
    "GenerateDataKey",
    "aws:SecureTransport",
    "kms:viaservice",
    "ssekmsencryptedobjects",
    # Service features
    "Parameter Store",
    "multi-Region keys",
    "s3 bucket keys",
    "network reachability",
    "custom data identifier",
    "dns firewall",
    "Security Hub",
    # "How do I" phrases
    "who can use my kms key",
    "force https on s3 bucket",
    "encrypt existing ebs volume",
    "share encrypted snapshot with another account",
    "rotate RDS password",
    "get an email when guardduty finds something",
    "how do i make replicas in the other account owned by that account",
    "which region for my api gateway certificate",
    # Phrases from exam-style stems
    "lambda needs database password securely",
    "find credit card numbers in s3 buckets",
    "kms encrypt fails on a 50 mb file",
    "keep our keys on premises but let s3 do the encryption",
    "shared ami launch fails with a kms error",
    "unpatched packages on ec2 instances",
    "same waf rules on every load balancer in all accounts",
    "a company must detect compromised ec2 instances mining bitcoin",
    "how to scan lambda functions for vulnerabilities",
    "guardduty findings to eventbridge to lambda",
    "rds ssl connection",
    # A whole stem that names two Regions, whose codes leave the query
    (
        "A security engineer turned on EBS encryption by default in us-east-1. An audit a week "
        "later finds that new EBS volumes created in eu-west-1 are still unencrypted. What is "
        "the most likely reason?"
    ),
    # Multi-word mixed
    # (these five need a page weighed by how many of the query's words it holds, not by one word
    # in a title: extra.js puts Material's results in that order)
    "macie sse-c objects",
    "copy kms encrypted s3 objects to a bucket in another region",
    "kms discovery keyring",
    "certificate for cloudfront",
    "firewall manager waf policy on api gateway stages",
    "sse-kms replication",
    "kms throttling s3 replication",
    "kms key policy ami sharing",
    "rotate kms key",
    "rds snapshot kms key share",
    "efs encryption in transit",
    "s3 encryption client bucket keys",
    "kms decrypt lambda environment variable",
    "guardduty eventbridge lambda",
    "macie custom data identifier",
    "api gateway cloudfront certificate",
    "compare GuardDuty Inspector Macie",
    "encryption in flight at rest and client-side compared",
    "firewall manager and api gateway certificates",
    # Asking what a term stands for: the glossary, not the page whose heading holds the term
    "what does XKS stand for",
    "what does cis stand for",
    "mtls abbreviation",
    "CI/CD meaning",
    "is ssl short for secure sockets layer",
    # The site's own pages ("how to use these notes" left for "what do the orange boxes mean": with
    # its stop words left out it asks for "use notes", and the home page comes second to a page
    # that uses "user" and "used" often; `make bench` reports it among the misses)
    "cheat sheet",
    "cheatsheet",
    "what do the orange boxes mean",
    "scs-c03 exam domains",
    "practice questions",
    "glossary",
    "what pages are in the data protection section",
    # A fact told on one page only: the SSE-C default block is on the server-side page, and the S3
    # replication page, which says what it means for replicas, links there
    "sse-c 403 new bucket",
    # A service's question about an encryption option: the service's page, which says how its
    # malware scans treat each option, not the server-side page that defines the options
    "guardduty s3 protection does it care if objects are sse-kms encrypted",
    # Blocking what a detection service reports: Firewall Manager's DNS Firewall policy, not the
    # GuardDuty page that names the finding
    "guardduty only detects bad domains, how do i block them in every account's vpcs",
    # Least privilege for the two sides of client-side encryption, not KMS's key policy sections
    "can the writer role have generatedatakey but no decrypt permission",
}
SUBSET: list[tuple[str, str]] = [pair for pair in QUERIES if pair[0] in _IN_SUBSET]
