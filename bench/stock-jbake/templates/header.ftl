<!DOCTYPE html>
<html lang="<#if (content.lang)??>${content.lang}<#else>sr</#if>">
  <head>
    <meta charset="utf-8"/>
    <title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape><#else>Benchmark</#if></title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="generator" content="JBake">
    <link href="<#if (content.rootpath)??>${content.rootpath}</#if>css/site.css" rel="stylesheet">
    <link rel="alternate" type="application/rss+xml" href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.feed_file}">
  </head>
  <body>
