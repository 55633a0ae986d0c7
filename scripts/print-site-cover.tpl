{#- Cover of the whole-notes PDF (mkdocs-print-site-plugin, `make pdf`): title, what the notes
    cover, the exam they serve and the build date, which scripts/hooks/downloads.py sets. -#}
<div class="print-cover">
  <h1>{{ config.site_name }}</h1>
  <p class="print-cover__lead">{{ config.site_description }}</p>
  <p>For the AWS Certified Security - Specialty exam ({{ config.extra.exam.code }}) and the secure-architecture domain of SAA-C03.</p>
  <p>Built on <time datetime="{{ config.extra.build_date }}">{{ config.extra.build_date }}</time>. The site, always current: {{ config.site_url }}</p>
  <p class="print-cover__legal">{{ config.copyright }}</p>
</div>
