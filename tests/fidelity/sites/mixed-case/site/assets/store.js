---
layout: null
---
var names = [{%- for p in site.pages -%}"{{ p.name }}"{%- unless forloop.last -%},{%- endunless -%}{%- endfor -%}]
