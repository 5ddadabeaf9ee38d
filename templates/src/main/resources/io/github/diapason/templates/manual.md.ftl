<#-- Imaging manual for one site, Markdown. Same data model as manual.html.ftlh. Every ${…} is Markdown-escaped (MarkdownFormat); mdCode(x) prints x as a code span. -->
<#assign colon = msg("punct.colon") listSep = msg("punct.listSep")>
# ${msg("manual.title")} — ${study.title}

${msg("manual.subtitle", site.name, site.id)}  
${msg("manual.version", study.version)}<#if study.date??> · ${msg("manual.date", study.date)}</#if><#if study.sponsor?? || study.coordinatingCentre??>  </#if>
<#if study.sponsor?? || study.coordinatingCentre??><#if study.sponsor??>${msg("manual.sponsor", study.sponsor)}</#if><#if study.sponsor?? && study.coordinatingCentre??> · </#if><#if study.coordinatingCentre??>${msg("manual.coordinatingCentre", study.coordinatingCentre)}</#if>
</#if>

| ${msg("manual.vendor")} | ${msg("manual.model")} | ${msg("manual.fieldStrength")} | ${msg("manual.software")} |
| --- | --- | --- | --- |
| ${scanner.vendorName} | ${scanner.model} | ${scanner.fieldStrength} T | ${scanner.softwareVersion} |
<#if scanner.deviceSerialNumber??>

${msg("manual.serial")}${colon}${scanner.deviceSerialNumber}
</#if>
<#if site.referenceSite>

${msg("manual.referenceSite")}
</#if>

## ${msg("section.objective")}

${study.objective!""}

## ${msg("section.equipment")}

- ${msg("equipment.coil")}${colon}${exam.coil.description!""}<#if exam.coil.minimumChannels??> (${msg("equipment.coilMin", exam.coil.minimumChannels)})</#if>
<#if site.coils?has_content>- ${msg("equipment.siteCoils")}${colon}<#list site.coils as coil>${coil.name} (${coil.channels})<#sep>, </#list>
</#if>
- ${msg("equipment.contrast")}${colon}<#if exam.contrastAgent??>${exam.contrastAgent.name}<#else>${msg("equipment.none")}</#if>
<#if exam.contrastAgent?? && exam.contrastAgent.dose??>- ${msg("equipment.dose")}${colon}${exam.contrastAgent.dose}
</#if>
<#if exam.contrastAgent?? && exam.contrastAgent.administration??>- ${msg("equipment.administration")}${colon}${exam.contrastAgent.administration}
</#if>
<#list exam.sensors as i>- ${msg("equipment.sensors")}${colon}${i}
</#list>
<#list exam.other as i>- ${msg("equipment.other")}${colon}${i}
</#list>

## ${msg("section.positioning")}

<#if exam.positioning.patientPosition??>${msg("positioning.position")}${colon}${msg("position." + exam.positioning.patientPosition)} (${exam.positioning.patientPosition})

</#if>
${exam.positioning.instructions!""}

## ${msg("section.references")}

<#list exam.externalReferences as r>- ${r}
<#else>${msg("sequence.none")}
</#list>

## ${msg("section.instructions")}

${exam.participantInstructions!msg("sequence.none")}

## ${msg("section.sequences")}

<#list sequences as s>
### ${s.number}. ${s.name} — ${s.mandatory?then(msg("sequence.mandatory"), msg("sequence.optional"))}<#if s.repeatIfNonConformant> — ${msg("sequence.repeat")}</#if>

- ${msg("sequence.product")}${colon}${s.productName}
- ${msg("sequence.seriesName")}${colon}${mdCode(s.seriesName!s.id)}
<#if (s.runs!1) gt 1>- **${msg("sequence.runs", s.runs?c, s.runSeriesNames?join(", "))}**
</#if><#list s.dynamics![] as d>- **${d.text}**
</#list>- ${msg("sequence.acquisitionTime")}${colon}${s.acquisitionTime.display}

<#list s.cards as card>
| ${card.name} | |
| --- | ---: |
<#list card.parameters as p>
| ${p.label} | ${p.value}<#if p.unit?has_content> ${p.unit}</#if> |
</#list>

</#list>
<#if s.diffusion??>${msg("sequence.diffusion")}${colon}<#list s.diffusion.shells as sh><#if sh.bValue == 0>${msg("sequence.shellB0", sh.bValue, sh.directions)}<#else>${msg("sequence.shell", sh.bValue, sh.directions)}</#if><#if (sh.reversedPhase!0) gt 0>${msg("sequence.shellReversed", sh.reversedPhase)}</#if><#sep>${listSep}</#list>

<#if s.directionFile??>${msg("sequence.directionFile")}${colon}[`${s.directionFile}`](${s.directionFile})

</#if>
</#if>
<#if s.functional??>${msg("sequence.functional")}${colon}${msg("sequence.volumes", s.functional.task, s.functional.volumes)}<#if (s.functional.dummyVolumes!0) gt 0>${msg("sequence.dummies", s.functional.dummyVolumes)}</#if>

</#if>
<#if s.approximations?has_content>${msg("sequence.approximations")}${colon?trim}

<#list s.approximations as a>- ${a.parameterName}${colon}${msg("sequence.requested")} ${a.requested} ${a.unit}, ${msg("sequence.achieved")} ${a.achieved} ${a.unit} (${msg("sequence.tolerance")} ± ${a.allowed} ${a.unit})<#if !a.withinTolerance> **${msg("sequence.outOfTolerance")}**</#if>
</#list>

</#if>
<#if s.adjustments?has_content>${msg("sequence.adjustedBy")}${colon?trim}

<#list s.adjustments as adj>- ${adj.parameterName} = ${adj.value} — ${adj.reason} (${mdCode(adj.overrideId)})
</#list>

</#if>
</#list>
<#if dropped?has_content>
### ${msg("dropped.title")}

<#list dropped as d>- ${d.name}${colon}<#list d.reasons as r>${r}<#sep>${listSep}</#list>
</#list>

</#if>
## ${msg("section.order")}

${msg("order.rule")}
<#if study.visits?has_content>

**${msg("order.visits")}**${colon}<#list study.visits as v>${v.label}<#if v.window??> (${v.window})</#if><#sep>${listSep}</#list>
</#if>

| ${msg("order.number")} | ${msg("order.sequence")} | ${msg("order.status")} | ${msg("order.time")} |
| ---: | --- | --- | ---: |
<#list timeline.bars as b>
<#if b.kind == "sequence">| ${b.number} | ${b.label} | ${b.mandatory?then(msg("sequence.mandatory"), msg("sequence.optional"))} | ${b.display} |
<#else>| | *${b.label}* | | ${b.display} |
</#if>
</#list>
| | **${msg("order.total")}** | | **${timeline.totalDisplay}** |
<#if timeline.maximumDisplay??>| | ${msg("order.maximum")} | | ${timeline.maximumDisplay} |
</#if>

## ${msg("section.fov")}

<#list sequences as s>
- ${s.name}${colon}<#if s.orientation??>${msg("orientation." + s.orientation)}${listSep}</#if>${s.coverage!""}<#if s.landmark??> — ${msg("sequence.landmark")}${colon}${s.landmark}</#if>
</#list>

## ${msg("section.checks")}

<#list sequences as s><#list s.checksBeforeStart as i>- ${s.name}${colon}${i}
</#list></#list>

## ${msg("section.adaptations")}

<#list sequences as s><#list s.allowedAdaptations as i>- ${s.name}${colon}${i}
</#list></#list>

## ${msg("section.reconstructions")}

<#list sequences as s><#list s.reconstructions as i>- ${s.name}${colon}${i}
</#list></#list>

## ${msg("section.agitated")}

${exam.agitatedParticipant!msg("sequence.none")}

## ${msg("section.pseudonymisation")}

<#if deidentification??>${deidentification.procedure!""}

<#if deidentification.pseudonymPattern??>- ${msg("pseudonym.pattern")}${colon}${mdCode(deidentification.pseudonymPattern)}
</#if>
<#if deidentification.pseudonymMask??>- ${msg("pseudonym.mask")}${colon}${mdCode(deidentification.pseudonymMask)}
</#if>
<#if deidentification.profile??>- ${msg("pseudonym.profile")}${colon}${msg("pseudonym.profileValue", deidentification.profile)}
</#if>
<#if deidentification.options?has_content>- ${msg("pseudonym.options")}${colon}<#list deidentification.options as o>${o}<#sep>, </#list>
</#if>
</#if>

## ${msg("section.transfer")}

<#if transfer??>${msg("transfer.method")}${colon}${msg("method." + transfer.method)}<#if transfer.destination??> — ${transfer.destination}</#if>

${transfer.instructions!""}
</#if>

## ${msg("section.examDay")}

- ☐ ${msg("day.protocol", study.version)}
- ☐ ${msg("day.safety")}
- ☐ ${msg("day.coil", exam.coil.description!"")}
<#if exam.contrastAgent??>- ☐ ${msg("day.contrast", exam.contrastAgent.name)}
</#if>
<#list exam.sensors as i>- ☐ ${msg("day.sensor", i)}
</#list>
<#list exam.other as i>- ☐ ${msg("day.equipment", i)}
</#list>
- ☐ ${msg("day.instructions")}
- ☐ ${msg("day.transferSheet")}

## ${msg("section.troubleshooting")}

<#assign licensed = sequences?filter(s -> s.requiredOptions?has_content)>
| ${msg("trouble.problem")} | ${msg("trouble.action")} |
| --- | --- |
| ${msg("trouble.licence")} | ${msg("trouble.licenceAction")}<#if licensed?has_content> ${msg("trouble.licenceNeeded", licensed?map(s -> s.name)?join(", "))}</#if> |
| ${msg("trouble.sar")} | ${msg("trouble.sarAction")} |
| ${msg("trouble.refused")} | ${msg("trouble.refusedAction")} |
| ${msg("trouble.coil")} | ${msg("trouble.coilAction")} |
| ${msg("trouble.upload")} | ${msg("trouble.uploadAction", transfer???then(msg("method." + transfer.method), ""))} |

<#if study.contacts?has_content>
${msg("trouble.escalation")}${colon?trim}

<#list study.contacts as p>
${p?counter}. ${p.name}<#if p.role??> — ${p.role}</#if><#if p.phone??> — ${p.phone}</#if><#if p.email??> — ${p.email}</#if>
</#list>

</#if>
## ${msg("section.overrides")}

<#list overrides as o>
- ${mdCode(o.id)} (${msg("level." + o.level)}${listSep}<#list o.sequences as q>${q}<#sep>, </#list>)${colon}${o.reason}
<#else>
${msg("overrides.none")}
</#list>

<#if site.plannedUpgrades?has_content>
## ${msg("section.upgrades")}

<#list site.plannedUpgrades as u>- ${u.date}${colon}${u.description}
</#list>

</#if>
## ${msg("section.contacts")}

<#list study.contacts + site.contacts as p>
- ${p.name}<#if p.role??> — ${p.role}</#if><#if p.email??> — ${p.email}</#if><#if p.phone??> — ${p.phone}</#if>
</#list>
