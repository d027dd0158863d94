    </main>
    <footer>
      <p>&copy; 2025 | Baked with <a href="https://jbake.org">JBake ${version}</a></p>
    </footer>
  </body>
</html>
