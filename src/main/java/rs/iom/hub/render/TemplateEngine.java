package rs.iom.hub.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.apache.commons.io.output.StringBuilderWriter;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.lang.reflect.RecordComponent;
import rs.iom.hub.plan.PageModels;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

/**
 * Freemarker set up for the site's templates: HTML auto-escaping by default (and every template declares it with
 * {@code <#ftl output_format="HTML">}), errors thrown rather than printed into pages, no access to Java classes from
 * templates, numbers written without grouping. One instance is shared by all rendering threads.
 */
public final class TemplateEngine {
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    private final Configuration configuration;

    /**
     * An engine that loads only the files named in {@code templates} (paths below {@code templateFolder}, as
     * {@link rs.iom.hub.content.SourceFiles} lists them: never a link out of the folder). Freemarker's own loader
     * refuses files whose canonical path is outside the folder too, but would read a link to a hidden file in it.
     */
    public TemplateEngine(File templateFolder, Collection<String> templates) throws IOException {
        Objects.requireNonNull(templateFolder, "templateFolder");
        Objects.requireNonNull(templates, "templates");
        Set<String> allowed = Set.copyOf(templates);
        configuration = new Configuration(VERSION);
        configuration.setTemplateLoader(new FileTemplateLoader(templateFolder) {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                return allowed.contains(name) ? super.findTemplateSource(name) : null;
            }
        });
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        // One engine per bake: templates cannot change during it, so never look at the files again once parsed.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /**
     * Renders {@code templateName} with {@code model} into a string. The components of the model record are the
     * template's top-level variables; for a {@link PageModels.Page}, those of its common part and of its own part.
     */
    public String render(String templateName, Record model) throws IOException, TemplateException {
        Objects.requireNonNull(model, "model");
        Template template = configuration.getTemplate(templateName);
        // not a StringWriter: its StringBuffer takes a lock for each piece Freemarker writes (escaped values come
        // in several pieces), 1 % of a 2,000-document build's CPU
        StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
        Map<String, Object> root = new HashMap<>();
        if (model instanceof PageModels.Page page) {
            addComponents(page.common(), root);
            addComponents(page.own(), root);
        } else {
            addComponents(model, root);
        }
        template.process(root, out);
        return out.toString();
    }

    /** A record's components by name (records' accessors are public: no access checks to bend). */
    private static void addComponents(Record record, Map<String, Object> into) {
        try {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                into.put(component.getName(), component.getAccessor().invoke(record));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the model " + record.getClass().getSimpleName(), e);
        }
    }

    /**
     * Each model record's components, looked up once per class: {@code Class.getRecordComponents} builds them anew
     * on every call (1 % of a 2,000-document build's CPU when it ran for every page).
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** Forgets parsed templates (after a template file changed). */
    public void clearCache() {
        configuration.clearTemplateCache();
    }
}
