package io.gongkai.cli;

import io.gongkai.template.IdentitySpec;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateCatalog;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "templates", mixinStandardHelpOptions = true, description = "Lists the template ids, titles and identities Gongkai knows.")
final class TemplatesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (Template t : TemplateCatalog.builtIn().all()) {
            System.out.printf("%-36s %s  [%s%s]%n", t.id(), t.name(), t.kind().id(), t.numbers().isEmpty() ? "" : ", 公开" + String.join("/", t.numbers().size() > 3 ? java.util.List.of(t.numbers().get(0), "…", t.numbers().get(t.numbers().size() - 1)) : t.numbers()) + "表");
            for (IdentitySpec i : t.identities()) {
                System.out.printf("    %-22s %s%s%n", i.id(), i.name(), i.expr() == null ? "" : "   " + i.expr());
            }
        }
        return 0;
    }
}
