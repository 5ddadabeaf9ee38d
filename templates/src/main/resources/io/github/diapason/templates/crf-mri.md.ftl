<#-- CRF MRI section: exam date and data transmission date only (practice reference section 7). -->
# ${msg("crf.title")} — ${study.title}

${msg("manual.subtitle", site.name, site.id)} · ${msg("manual.version", study.version)}

| | |
| --- | --- |
<#if study.visits?has_content>| ${msg("transfer.visit")} | <#list study.visits as v>☐ ${v.label}<#sep> </#list> |
</#if>
| ${msg("crf.done")} | ☐ ${msg("crf.yes")} ☐ ${msg("crf.no")} |
| ${msg("crf.ifNot")} | ____________________ |
| ${msg("crf.examDate")} | \_\_/\_\_/\_\_\_\_ |
| ${msg("crf.transmissionDate")} | \_\_/\_\_/\_\_\_\_ |
<#if exam.contrastAgent??>
| ${msg("crf.contrastGiven")} | ☐ ${msg("crf.yes")} ☐ ${msg("crf.no")} |
| ${msg("crf.contrastDose")} | \_\_\_\_ mL |
</#if>

${msg("crf.note")}
