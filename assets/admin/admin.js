// Starts the browser editor (Sveltia CMS, vendored in sveltia-cms/ by tools/update-sveltia-cms.sh) with the
// configuration hub made (config.yml, 'hub admin-config'). Its preview shows the text with the site's own stylesheet.
import CMS from './sveltia-cms/index.js';

// The editor asks www.githubstatus.com every few minutes whether GitHub has an incident. The site asks no host but
// itself and the GitHub API (see the policy in index.html), so that question is answered here, as "unknown",
// without leaving the browser; everything else goes out as asked.
const githubStatus = 'https://www.githubstatus.com/';
const fetchFromNetwork = window.fetch.bind(window);
window.fetch = (resource, options) => {
  const url = resource instanceof Request ? resource.url : String(resource);
  return url.startsWith(githubStatus) ? Promise.reject(new TypeError('not asked: ' + url))
    : fetchFromNetwork(resource, options);
};

CMS.registerPreviewStyle(new URL('../css/site.css', document.baseURI).href);
CMS.init();
