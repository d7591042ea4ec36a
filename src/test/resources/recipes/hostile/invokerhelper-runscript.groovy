// expect: InvokerHelper.runScript
org.codehaus.groovy.runtime.InvokerHelper.runScript(null, [] as String[])
