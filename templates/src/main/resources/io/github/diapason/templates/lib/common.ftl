<#-- Macros shared by the built-in HTML templates. Output format follows the including template (HTML: escaped). -->
<#macro items list><#if list?has_content><#list list as i>${i}<#sep>; </#list><#else>${msg("equipment.none")}</#if></#macro>

<#macro list list><#if list?has_content><ul><#list list as i><li>${i}</li></#list></ul><#else><p>${msg("sequence.none")}</p></#if></#macro>

<#macro perSequence sequences field>
<#assign any = false>
<#list sequences as s><#if s[field]?has_content><#assign any = true></#if></#list>
<#if any>
<table>
<#list sequences as s><#if s[field]?has_content><tr><th style="width:30%">${s.name}</th><td><ul><#list s[field] as i><li>${i}</li></#list></ul></td></tr></#if></#list>
</table>
<#else><p>${msg("sequence.none")}</p></#if>
</#macro>

<#macro contacts people>
<#if people?has_content>
<table><tr><th>${msg("contact.name")}</th><th>${msg("contact.role")}</th><th>${msg("contact.email")}</th><th>${msg("contact.phone")}</th></tr>
<#list people as p><tr><td>${p.name}</td><td>${p.role!""}</td><td>${p.email!""}</td><td>${p.phone!""}</td></tr></#list>
</table>
</#if>
</#macro>

<#-- Exam timeline: one bar per sequence, laid end to end; geometry is computed by Diapason (timeline.*). -->
<#macro timelineSvg t>
<svg xmlns="http://www.w3.org/2000/svg" width="${t.width?c}" height="${t.height?c}" viewBox="0 0 ${t.width?c} ${t.height?c}" role="img" aria-label="${msg('section.timeline')}">
<#list t.bars as b>
  <rect x="${b.x?c}" y="${b.y?c}" width="${b.barWidth?c}" height="${t.barHeight?c}" fill="${b.mandatory?then('#1f5f8b','#9db4c4')}"/>
  <text x="4" y="${(b.y + t.barHeight - 4)?c}" font-size="11" font-family="Liberation Sans, DejaVu Sans, Arial, sans-serif" fill="#1b1b1b">${b.number}. ${b.label?truncate(34)} (${b.display})</text>
</#list>
<#if t.maximumX??>
  <line x1="${t.maximumX?c}" y1="0" x2="${t.maximumX?c}" y2="${t.height?c}" stroke="#a04000" stroke-width="2" stroke-dasharray="4 3"/>
</#if>
</svg>
</#macro>
